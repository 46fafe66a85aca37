"use client";

import {
  PayPalButtons,
  PayPalScriptProvider,
  usePayPalScriptReducer,
  type ReactPayPalScriptOptions,
} from "@paypal/react-paypal-js";
import { useEffect, useId, useMemo, useRef, useState } from "react";
import type { PayPalCheckoutProps, PayPalFundingSource } from "./paypal-checkout-types";
import { fill, usePayPalCheckoutMessages } from "./paypal-checkout-messages";

/**
 * PayPal's own buttons ("PayPal" and "Debit or Credit Card", drawn by PayPal's JS SDK through
 * @paypal/react-paypal-js) with the "future payments" checkbox above them (payments.md §2.3, §2.5).
 *
 * The order is created by the page (`createOrder` → confirmPayment → the PayPal provider) and
 * captured on the server; this component never sees an amount or a token. A guest card ("Buy as a
 * guest") can never be saved by PayPal, so choosing it unticks and disables the checkbox and says
 * why; the order is then created without the opt-in.
 */
export function PayPalCheckout(props: PayPalCheckoutProps) {
  const { clientId, sdkBaseUrl, currency, cspNonce } = props.sdk;
  const options = useMemo<ReactPayPalScriptOptions>(
    () => ({
      clientId,
      currency,
      intent: "capture",
      components: "buttons",
      // The two buttons of the hoster's guide; the others (Venmo, Pay Later, Credit) are off.
      enableFunding: "card",
      disableFunding: "venmo,paylater,credit",
      sdkBaseUrl,
      dataPageType: "checkout",
      ...(cspNonce ? { dataCspNonce: cspNonce } : {}),
    }),
    [clientId, currency, sdkBaseUrl, cspNonce],
  );
  return (
    <PayPalScriptProvider options={options}>
      <CheckoutButtons {...props} />
    </PayPalScriptProvider>
  );
}

function CheckoutButtons(props: PayPalCheckoutProps) {
  const t = usePayPalCheckoutMessages(props.locale);
  const [{ isPending, isRejected }] = usePayPalScriptReducer();
  const [wantsSave, setWantsSave] = useState(false);
  // The buyer picked "Debit or Credit Card": a guest payment, which PayPal never saves.
  const [guest, setGuest] = useState(false);
  const wantsSaveNow = useRef(wantsSave);
  const id = useId();
  const saveId = `${id}-save`;
  const hintId = `${id}-hint`;
  const reasonId = `${id}-guest`;

  useEffect(() => {
    wantsSaveNow.current = wantsSave;
  }, [wantsSave]);

  // The SDK could not be loaded (blocked, PayPal down): the page tells the customer and offers
  // the other methods.
  const { onError } = props;
  useEffect(() => {
    if (isRejected) onError();
  }, [isRejected, onError]);

  const saveDisabled = guest || props.disabled === true;
  return (
    <div role="group" aria-label={t.region} className="space-y-4">
      {props.offerSave && (
        <div className="space-y-1">
          <div className="flex items-start gap-2">
            <input
              id={saveId}
              type="checkbox"
              className="mt-1 h-4 w-4"
              checked={wantsSave && !guest}
              disabled={saveDisabled}
              aria-describedby={guest ? `${reasonId} ${hintId}` : hintId}
              onChange={(event) => setWantsSave(event.target.checked)}
            />
            <label htmlFor={saveId} className={guest ? "text-slate-600" : undefined}>
              {fill(t.saveLabel, { hoster: props.hosterName })}
            </label>
          </div>
          {/* Announced when the buyer switches to the guest card. */}
          <p id={reasonId} aria-live="polite" className="text-sm font-medium text-amber-900">
            {guest ? t.guestReason : ""}
          </p>
          <p id={hintId} className="text-sm text-slate-600">
            {t.saveHint}
          </p>
        </div>
      )}
      {isPending && (
        <p role="status" className="text-sm text-slate-700">
          {t.loading}
        </p>
      )}
      {isRejected && (
        <p
          role="alert"
          className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-800"
        >
          {t.unavailable}
        </p>
      )}
      <PayPalButtons
        style={{ layout: "vertical", label: "paypal" }}
        disabled={props.disabled === true}
        onClick={(data) => {
          setGuest(data.fundingSource === "card");
        }}
        createOrder={async (data) => {
          const fundingSource: PayPalFundingSource =
            data.paymentSource === "card" ? "card" : "paypal";
          // Read from the click itself: the state update of onClick may not have rendered yet.
          const saveMethod = props.offerSave && fundingSource === "paypal" && wantsSaveNow.current;
          return props.createOrder({ saveMethod, fundingSource });
        }}
        onApprove={async () => {
          await props.onApprove();
        }}
        onCancel={() => {
          setGuest(false);
          props.onCancel();
        }}
        onError={() => {
          setGuest(false);
          props.onError();
        }}
      />
    </div>
  );
}
