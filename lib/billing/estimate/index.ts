export { describeDiscountTier, type DiscountTier, type DiscountTierInfo } from "./discount-tier";
export {
  estimateCost,
  HOURS_PER_DAY,
  HOURS_PER_MONTH,
  InvalidTopologyError,
  type CostEstimate,
  type CostRange,
} from "./estimate";
export {
  defaultPricingModelsResponseSchema,
  parsePricingModel,
  pricingModelSchema,
  type PricingModel,
  type PricingModelResult,
  type Tariff,
  type Tier,
} from "./pricing-model";
export { layerSchema, topologySchema, totalsOf, type Layer, type Topology } from "./topology";
