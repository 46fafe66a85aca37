import type { Messages } from "./en";

/** German strings of the "SSH Access" page; must match ssh-keys.en.ts key for key. */
export const sshKeysDe: Messages["sshKeys"] = {
  nav: "SSH-Zugang",
  title: "SSH-Zugang",
  intro:
    "Mit öffentlichen SSH-Schlüsseln verbinden Sie sich per SSH mit den Containern Ihrer Umgebungen. Fügen Sie den öffentlichen Teil eines Schlüsselpaars hinzu (die .pub-Datei); fügen Sie niemals einen privaten Schlüssel ein.",
  listHeading: "Ihre SSH-Schlüssel",
  empty: "Sie haben noch keine SSH-Schlüssel hinzugefügt.",
  colTitle: "Titel",
  colFingerprint: "Fingerabdruck",
  colType: "Typ",
  colAdded: "Hinzugefügt",
  colActions: "Aktionen",
  typeWithBits: "{type} ({bits} Bit)",
  unknownFingerprint: "Unbekannter Schlüssel",
  unknownDate: "Unbekannt",
  delete: "Löschen",
  deleteLabel: "{title} löschen",
  confirmDelete: "Löschen von {title} bestätigen",
  cancel: "Abbrechen",
  deleting: "Wird gelöscht …",
  deleted: "Der SSH-Schlüssel „{title}“ wurde gelöscht.",
  addHeading: "Neuen SSH-Schlüssel hinzufügen",
  fieldTitle: "Titel",
  fieldTitleHint:
    "Ein Name, an dem Sie erkennen, wo der Schlüssel verwendet wird, z. B. „Arbeitslaptop“.",
  fieldKey: "Öffentlicher Schlüssel",
  fieldKeyHint:
    "Beginnt mit ssh-ed25519, ssh-rsa oder ecdsa-sha2-…, wie in Ihrer Datei ~/.ssh/id_ed25519.pub.",
  submit: "SSH-Schlüssel hinzufügen",
  submitting: "Wird hinzugefügt …",
  added: "Der SSH-Schlüssel „{title}“ wurde hinzugefügt. Fingerabdruck: {fingerprint}",
  titleRequired: "Geben Sie einen Titel für den Schlüssel ein.",
  titleTooLong: "Der Titel darf höchstens {max} Zeichen lang sein.",
  noPlatform:
    "SSH-Schlüssel gehören zu einem Plattformkonto, und Sie haben noch keines. Es wird mit Ihrer ersten Zahlung angelegt.",
  unavailable:
    "Die Plattform antwortet gerade nicht, daher wurde nichts geändert. Bitte versuchen Sie es in einer Minute erneut.",
  refused:
    "Die Plattform hat diese Anfrage abgelehnt. Bitte versuchen Sie es erneut oder wenden Sie sich an den Support.",
  listUnavailable:
    "Ihre SSH-Schlüssel können gerade nicht angezeigt werden, weil die Plattform nicht antwortet. Bitte versuchen Sie es in einer Minute erneut.",
  notFound: "Dieser SSH-Schlüssel existiert nicht oder gehört nicht zu Ihrem Konto.",
  invalidRequest:
    "Diese Anfrage war ungültig. Laden Sie die Seite neu und versuchen Sie es erneut.",
  reasons: {
    empty: "Fügen Sie Ihren öffentlichen Schlüssel ein.",
    too_long:
      "Dieser Text ist viel zu lang für einen einzelnen öffentlichen Schlüssel. Fügen Sie genau einen Schlüssel ein.",
    private_key:
      "Das ist ein privater Schlüssel. Geben Sie ihn niemals weiter: Fügen Sie stattdessen den öffentlichen Schlüssel ein (die .pub-Datei). Es wurde nichts gespeichert.",
    pem_format:
      "Das ist ein öffentlicher Schlüssel im PEM-Format. Wandeln Sie ihn mit „ssh-keygen -i -m PKCS8 -f key.pem“ in das OpenSSH-Format um.",
    ssh2_format:
      "Das ist ein öffentlicher SSH2-Schlüssel (RFC 4716). Wandeln Sie ihn mit „ssh-keygen -i -f key.pub“ in das OpenSSH-Format um.",
    multiple_keys:
      "Der Text enthält mehr als einen Schlüssel. Fügen Sie die Schlüssel einzeln hinzu.",
    line_break:
      "Der Schlüssel ist auf mehrere Zeilen verteilt. Fügen Sie ihn als eine einzige Zeile ein.",
    options_prefix:
      "Entfernen Sie die authorized_keys-Optionen vor dem Schlüsseltyp; fügen Sie nur „Typ Schlüssel Kommentar“ ein.",
    missing_type: "Am Anfang des Schlüssels fehlt der Schlüsseltyp (z. B. ssh-ed25519).",
    not_openssh:
      "Das ist kein öffentlicher OpenSSH-Schlüssel. Er sollte mit ssh-ed25519, ssh-rsa oder ecdsa-sha2-… beginnen.",
    unsupported_type:
      "Dieser Schlüsseltyp wird nicht unterstützt. Verwenden Sie einen Ed25519-, ECDSA- oder RSA-Schlüssel (mindestens 2048 Bit).",
    malformed_base64:
      "Die Schlüsseldaten sind beschädigt (kein gültiges Base64). Kopieren Sie den Schlüssel erneut.",
    truncated: "Der Schlüssel ist unvollständig. Kopieren Sie die ganze Zeile erneut.",
    invalid_comment: "Der Kommentar nach dem Schlüssel enthält unzulässige Zeichen.",
    type_mismatch:
      "Die Schlüsseldaten passen nicht zum Schlüsseltyp. Kopieren Sie den Schlüssel erneut.",
    curve_mismatch:
      "Die Schlüsseldaten passen nicht zur ECDSA-Kurve. Kopieren Sie den Schlüssel erneut.",
    invalid_key:
      "Die Schlüsseldaten ergeben keinen gültigen Schlüssel. Kopieren Sie den Schlüssel erneut.",
    rsa_too_short:
      "Dieser RSA-Schlüssel ist zu kurz. Verwenden Sie mindestens 2048 Bit (besser: einen Ed25519-Schlüssel).",
    duplicate_key: "Dieser Schlüssel ist bereits in Ihrem Konto hinterlegt.",
    duplicate_title:
      "Sie haben bereits einen Schlüssel mit diesem Titel. Wählen Sie einen anderen Titel.",
    platform_invalid:
      "Die Plattform hat diesen Schlüssel nicht angenommen. Prüfen Sie, ob es ein gültiger öffentlicher Schlüssel ist.",
  },
};
