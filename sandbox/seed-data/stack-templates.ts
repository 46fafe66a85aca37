/**
 * GetTemplates rows (reference §2.3: nodeType, name, tags, engineType, nodeMission…). `nodeMission`
 * is the layer the wizard files a stack under: bl, cp, sqldb/nosqldb, cache, vds, docker.
 */
export type StackTemplateSeed = {
  nodeType: string;
  name: string;
  nodeMission: string;
  engineType?: string;
  tags: string[];
  type: "NATIVE" | "DOCKERIZED";
};

export const stackTemplates: StackTemplateSeed[] = [
  { nodeType: "nginx", name: "NGINX", nodeMission: "bl", tags: ["1.26.2"], type: "NATIVE" },
  { nodeType: "haproxy", name: "HAProxy", nodeMission: "bl", tags: ["3.0.5"], type: "NATIVE" },
  {
    nodeType: "apache-php",
    name: "Apache PHP",
    nodeMission: "cp",
    engineType: "php",
    tags: ["2.4.62"],
    type: "NATIVE",
  },
  {
    nodeType: "tomcat",
    name: "Tomcat",
    nodeMission: "cp",
    engineType: "java",
    tags: ["10.1.31"],
    type: "NATIVE",
  },
  {
    nodeType: "nodejs",
    name: "Node.js",
    nodeMission: "cp",
    engineType: "nodejs",
    tags: ["22.11.0"],
    type: "NATIVE",
  },
  { nodeType: "mysql8", name: "MySQL", nodeMission: "sqldb", tags: ["8.0.40"], type: "NATIVE" },
  {
    nodeType: "postgres16",
    name: "PostgreSQL",
    nodeMission: "sqldb",
    tags: ["16.4"],
    type: "NATIVE",
  },
  { nodeType: "redis", name: "Redis", nodeMission: "cache", tags: ["7.4.1"], type: "NATIVE" },
  {
    nodeType: "centos-vps",
    name: "AlmaLinux VPS",
    nodeMission: "vds",
    tags: ["9.4"],
    type: "NATIVE",
  },
  {
    nodeType: "docker",
    name: "Docker Engine",
    nodeMission: "docker",
    tags: ["27.3"],
    type: "DOCKERIZED",
  },
];
