/** marketplace.App.GetList rows; each installs as the listed layers (nodeType, cloudlets). */
export type MarketplaceAppSeed = {
  app_id: string;
  name: string;
  description: { short: string };
  categories: string[];
  nodes: { nodeType: string; fixed: number; flexible: number }[];
};

const app = (
  id: string,
  name: string,
  short: string,
  categories: string[],
  nodes: MarketplaceAppSeed["nodes"],
): MarketplaceAppSeed => ({ app_id: id, name, description: { short }, categories, nodes });

const php = { nodeType: "apache-php", fixed: 1, flexible: 8 };
const mysql = { nodeType: "mysql8", fixed: 1, flexible: 8 };

export const marketplaceApps: MarketplaceAppSeed[] = [
  app(
    "wordpress",
    "WordPress",
    "Blog and website platform on PHP and MySQL",
    ["cms", "blog"],
    [php, mysql],
  ),
  app("joomla", "Joomla!", "Content management system", ["cms"], [php, mysql]),
  app("drupal", "Drupal", "Enterprise content management", ["cms"], [php, mysql]),
  app("magento", "Magento Open Source", "E-commerce shop", ["ecommerce"], [php, mysql]),
  app("prestashop", "PrestaShop", "Online store in minutes", ["ecommerce"], [php, mysql]),
  app(
    "gitlab",
    "GitLab CE",
    "Git hosting with CI/CD",
    ["dev-tools"],
    [{ nodeType: "docker", fixed: 4, flexible: 16 }],
  ),
  app(
    "jenkins",
    "Jenkins",
    "Automation server for CI/CD",
    ["dev-tools"],
    [{ nodeType: "tomcat", fixed: 2, flexible: 8 }],
  ),
  app("nextcloud", "Nextcloud", "File sync and share", ["storage", "collaboration"], [php, mysql]),
  app(
    "mattermost",
    "Mattermost",
    "Team chat",
    ["collaboration"],
    [
      { nodeType: "docker", fixed: 2, flexible: 8 },
      { nodeType: "postgres16", fixed: 1, flexible: 8 },
    ],
  ),
  app(
    "ghost",
    "Ghost",
    "Publishing platform on Node.js",
    ["cms", "blog"],
    [{ nodeType: "nodejs", fixed: 1, flexible: 8 }, mysql],
  ),
];
