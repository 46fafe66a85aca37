import type { Messages } from "./en";

/** German strings of "Externe Domain binden" and "SSL-Konfiguration"; key for key as the .en file. */
export const environmentDomainsDe: Pick<Messages, "envDomains" | "envSsl"> = {
  envDomains: {
    title: "Externe Domain binden",
    intro:
      "Verweisen Sie eine eigene Domain auf {env}. Binden Sie sie hier und legen Sie dann den angezeigten DNS-Eintrag an.",
    back: "Zurück zu {env}",
    unavailable:
      "Diese Umgebung kann gerade nicht geladen werden. Bitte versuchen Sie es in einer Minute erneut.",
    hostname: "Domainname",
    hostnameHint:
      "Zum Beispiel shop.example.com. Internationalisierte Namen werden in Punycode umgewandelt.",
    submit: "Domain binden",
    submitting: "Wird gebunden…",
    bound: "{hostname} ist jetzt an diese Umgebung gebunden.",
    boundHeading: "Gebundene Domains",
    none: "Es sind noch keine externen Domains gebunden.",
    dnsHeading: "Anzulegender DNS-Eintrag",
    dnsIntro: "Legen Sie diesen Eintrag bei Ihrem DNS-Anbieter an:",
    dnsBoth:
      "Legen Sie einen dieser Einträge bei Ihrem DNS-Anbieter an (für eine Hauptdomain wie example.com den A-Eintrag):",
    type: "Typ",
    name: "Name",
    value: "Zeigt auf",
    remove: "Entfernen",
    removeConfirm:
      "{hostname} von dieser Umgebung entfernen? Besucher dieser Domain erreichen die Umgebung dann nicht mehr.",
    removeYes: "Ja, entfernen",
    removeCancel: "Abbrechen",
    removing: "Wird entfernt…",
    removed: "{hostname} wurde entfernt.",
    problems: {
      empty: "Geben Sie einen Domainnamen ein.",
      wildcard:
        "Wildcard-Domains (*.example.com) können nicht gebunden werden. Binden Sie jeden Namen einzeln.",
      invalid:
        "Das ist kein gültiger Domainname. Verwenden Sie Buchstaben, Ziffern und Bindestriche wie in shop.example.com, ohne http:// oder Pfad.",
      single_label:
        "Geben Sie einen vollständigen Domainnamen mit mindestens zwei Teilen ein, z. B. example.com.",
      label_too_long: "Jeder Teil eines Domainnamens darf höchstens 63 Zeichen lang sein.",
      too_long: "Ein Domainname darf höchstens 253 Zeichen lang sein.",
      platform_domain:
        "Domains der Plattform selbst können nicht gebunden werden. Verwenden Sie eine eigene Domain.",
    },
    errors: {
      not_found: "Diese Umgebung existiert nicht oder Sie haben keinen Zugriff darauf.",
      unavailable:
        "Die Plattform antwortet gerade nicht. Es wurde nichts geändert; bitte versuchen Sie es in einer Minute erneut.",
      refused:
        "Die Plattform hat diese Domain abgelehnt. Möglicherweise ist sie bereits an eine andere Umgebung gebunden.",
      invalid: "Diese Domain kann nicht gebunden werden.",
      already_bound: "Diese Domain ist bereits an diese Umgebung gebunden.",
      not_bound: "Diese Domain ist nicht (mehr) an diese Umgebung gebunden.",
    },
  },
  envSsl: {
    title: "SSL-Konfiguration",
    intro:
      "Sichern Sie {env} mit dem integrierten Zertifikat der Plattform oder mit einem eigenen Zertifikat.",
    unavailable:
      "Die SSL-Einstellungen können gerade nicht geladen werden. Bitte versuchen Sie es in einer Minute erneut.",
    builtInHeading: "Integriertes SSL",
    builtInHelp:
      "Das Wildcard-Zertifikat der Plattform für {domain}. Solange es aktiviert ist, wird es stündlich berechnet.",
    builtInOn: "Integriertes SSL ist aktiviert.",
    builtInOff: "Integriertes SSL ist deaktiviert.",
    enable: "Integriertes SSL aktivieren",
    disable: "Integriertes SSL deaktivieren",
    saving: "Wird gespeichert…",
    enabledDone: "Integriertes SSL wurde aktiviert.",
    disabledDone: "Integriertes SSL wurde deaktiviert.",
    customHeading: "Eigenes Zertifikat",
    noCertificate: "Es ist kein eigenes Zertifikat installiert.",
    installedHeading: "Installiertes Zertifikat",
    subject: "Inhaber (CN)",
    domains: "Domains",
    issuer: "Aussteller",
    expires: "Läuft ab",
    unknown: "Nicht angegeben",
    remove: "Zertifikat entfernen",
    removeConfirm:
      "Dieses Zertifikat entfernen? HTTPS auf Ihren eigenen Domains funktioniert dann erst wieder, wenn Sie ein neues hochladen.",
    removeYes: "Ja, entfernen",
    removeCancel: "Abbrechen",
    removed: "Das Zertifikat wurde entfernt.",
    uploadHeading: "Zertifikat hochladen",
    certificate: "Zertifikat (PEM)",
    privateKey: "Privater Schlüssel (PEM)",
    chain: "Zwischenzertifikate (PEM, optional)",
    chooseFile: "Oder aus einer Datei lesen",
    keyNotice:
      "Zu Ihrer Sicherheit wird der private Schlüssel nie wieder angezeigt und nicht im Formular behalten: Fügen Sie ihn nach einem Fehler erneut ein oder wählen Sie die Datei erneut aus.",
    upload: "Zertifikat hochladen",
    uploading: "Wird hochgeladen…",
    uploaded: "Das Zertifikat für {name} wurde installiert.",
    uploadedDetails: "Gültig bis {date}, ausgestellt von {issuer}.",
    errors: {
      not_found: "Diese Umgebung existiert nicht oder Sie haben keinen Zugriff darauf.",
      unavailable:
        "Die Plattform antwortet gerade nicht. Es wurde nichts geändert; bitte versuchen Sie es in einer Minute erneut.",
      refused:
        "Die Plattform hat das Zertifikat abgelehnt. Bitte prüfen Sie es und versuchen Sie es erneut.",
      invalid: "Die Anfrage war ungültig.",
      already_bound: "Dieses Zertifikat ist bereits installiert.",
      not_bound: "Dieses Zertifikat ist nicht (mehr) auf dieser Umgebung installiert.",
    },
    tls: {
      certificate_missing: "Fügen Sie das Zertifikat ein.",
      certificate_too_large: "Das Zertifikatsfeld ist zu groß.",
      certificate_not_pem:
        "Das Zertifikat liegt nicht im PEM-Format vor (-----BEGIN CERTIFICATE-----).",
      certificate_invalid:
        "Das Zertifikat kann nicht gelesen werden; es ist möglicherweise beschädigt oder unvollständig.",
      certificate_not_certificate: "Das Zertifikatsfeld enthält etwas anderes als Zertifikate.",
      key_missing: "Fügen Sie den privaten Schlüssel ein.",
      key_too_large: "Das Feld für den privaten Schlüssel ist zu groß.",
      key_not_pem:
        "Der private Schlüssel liegt nicht im PEM-Format vor (-----BEGIN PRIVATE KEY-----).",
      key_invalid:
        "Der private Schlüssel kann nicht gelesen werden; er ist möglicherweise beschädigt oder unvollständig.",
      key_not_private_key: "Das Feld für den privaten Schlüssel enthält keinen privaten Schlüssel.",
      key_encrypted:
        "Der private Schlüssel ist mit einer Passphrase geschützt. Entfernen Sie die Passphrase und versuchen Sie es erneut.",
      key_unsupported_format:
        "OpenSSH-Schlüssel werden nicht unterstützt. Verwenden Sie einen privaten Schlüssel im PEM-Format (PKCS#8, PKCS#1 oder EC).",
      key_multiple:
        "Das Feld enthält mehr als einen Schlüssel. Fügen Sie nur den Schlüssel dieses Zertifikats ein.",
      key_unexpected_block:
        "Das Feld enthält mehr als den Schlüssel. Fügen Sie nur den privaten Schlüssel ein.",
      key_mismatch: "Der private Schlüssel gehört nicht zu diesem Zertifikat.",
      not_yet_valid: "Das Zertifikat ist noch nicht gültig.",
      expired: "Das Zertifikat ist abgelaufen. Erneuern Sie es und laden Sie das neue hoch.",
      chain_too_large: "Die Zwischenzertifikate sind zu groß.",
      chain_not_pem: "Die Zwischenzertifikate liegen nicht im PEM-Format vor.",
      chain_invalid: "Ein Zwischenzertifikat kann nicht gelesen werden.",
      chain_not_certificate: "Die Zwischenzertifikate enthalten etwas anderes als Zertifikate.",
      chain_broken:
        "Die Zwischenzertifikate gehören nicht zu diesem Zertifikat (falscher Aussteller oder falsche Reihenfolge).",
      chain_not_ca: "Ein Zertifikat der Zwischenkette ist kein CA-Zertifikat.",
      chain_expired: "Ein Zertifikat der Zwischenkette ist abgelaufen oder noch nicht gültig.",
    },
  },
};
