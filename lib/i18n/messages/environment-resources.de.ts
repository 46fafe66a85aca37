import type { Messages } from "./en";

/** German strings of „Ressourcen ändern“; key for key as the .en file. */
export const environmentResourcesDe: Pick<Messages, "envResources"> = {
  envResources: {
    title: "Ressourcen ändern",
    intro: "Ändern Sie Nodes und Cloudlets einer Schicht von {env}.",
    link: "Ressourcen ändern",
    unavailable:
      "Diese Umgebung kann gerade nicht geladen werden. Bitte versuchen Sie es in einer Minute erneut.",
    layer: "Schicht",
    nodes: "Anzahl der Nodes",
    reserved: "Reservierte Cloudlets (pro Node, immer berechnet)",
    limit: "Skalierungsgrenze (pro Node)",
    ram: "RAM (MiB)",
    cpu: "CPU (MHz)",
    cloudlets: "{count, plural, one {# Cloudlet} other {# Cloudlets}}",
    publicIp: "Öffentliche IPv4-Adresse",
    costHeading: "Monatliche Kosten",
    costNote:
      "Ungefähr, für die gesamte Umgebung: nur Reserviertes – alle Nodes an ihrer Skalierungsgrenze.",
    before: "Jetzt",
    after: "Nach der Änderung",
    difference: "Differenz",
    noPricing: "Die Kosten können gerade nicht geschätzt werden.",
    review: "Änderungen prüfen",
    confirmHeading: "Diese Änderungen übernehmen?",
    confirmText:
      "Schicht {layer}: {nodes, plural, one {# Node} other {# Nodes}}, {reserved} reservierte und bis zu {limit} Cloudlets pro Node, öffentliche IP {ip}.",
    ipOn: "an",
    ipOff: "aus",
    apply: "Änderungen übernehmen",
    applying: "Wird übernommen…",
    back: "Zurück zur Bearbeitung",
    success: "Die Ressourcen der Schicht {layer} wurden geändert.",
    backToEnv: "Zurück zu {env}",
    errors: {
      numberRequired: "Geben Sie eine ganze Zahl ab 0 ein.",
      tooLarge: "Dieser Wert ist zu groß.",
      nodesMin: "Eine Schicht braucht mindestens einen Node.",
      limitRequired: "Legen Sie eine Skalierungsgrenze für RAM oder CPU fest.",
      limitBelowReserved:
        "Die Skalierungsgrenze darf nicht unter den reservierten Ressourcen liegen.",
      layerRequired: "Wählen Sie eine Schicht dieser Umgebung.",
      quotaCloudlets:
        "Ihr Konto erlaubt weniger Cloudlets pro Node. Senken Sie die Skalierungsgrenze.",
      quotaNodesPerEnvironment: "Ihr Konto erlaubt weniger Nodes in einer Umgebung.",
      quotaNodesPerLayer: "Ihr Konto erlaubt weniger Nodes in einer Schicht.",
      quotaPublicIp: "Öffentliche IP-Adressen sind für Ihr Konto nicht verfügbar.",
      quotaGeneric: "Das überschreitet die Grenzen Ihres Kontos.",
      balance: "Ihr Guthaben reicht für diese Änderung nicht aus. Bitte laden Sie es zuerst auf.",
      not_found: "Diese Umgebung wurde nicht gefunden.",
      unavailable:
        "Die Plattform antwortet gerade nicht. Es wurde nichts geändert; bitte versuchen Sie es erneut.",
      refused: "Die Plattform hat diese Änderung abgelehnt. Es wurde nichts geändert.",
      invalid: "Prüfen Sie die Werte oben.",
      already_bound: "Die Plattform hat diese Änderung abgelehnt. Es wurde nichts geändert.",
      not_bound: "Die Plattform hat diese Änderung abgelehnt. Es wurde nichts geändert.",
    },
  },
};
