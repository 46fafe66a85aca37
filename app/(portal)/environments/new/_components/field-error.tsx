/** The message under a field; its id is referenced by the field's aria-describedby. */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} data-testid={id} className="mt-1 text-sm text-red-700">
      {message}
    </p>
  );
}

/** `layers.0.limit` → `error-layers-0-limit`: a valid id and a stable test id. */
export const errorId = (path: string) => `error-${path.replaceAll(".", "-")}`;
