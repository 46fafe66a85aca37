/**
 * Test double for `fetch`: records each request's URL and form fields and answers from a script.
 * Kept in lib/http so both vendor test suites share it; production code never imports it.
 */
export type FakeRequest = { url: string; form: URLSearchParams };
export type FakeReply =
  | { status?: number; json: unknown }
  | { status?: number; text: string; contentType?: string }
  | "hang";

export function fakeFetch(reply: (request: FakeRequest, index: number) => FakeReply) {
  const requests: FakeRequest[] = [];
  const impl: typeof fetch = async (input, init) => {
    const request = { url: String(input), form: new URLSearchParams(String(init?.body ?? "")) };
    requests.push(request);
    const answer = reply(request, requests.length - 1);
    if (answer === "hang") {
      // Like a stalled server: only the caller's AbortSignal ends the wait.
      return new Promise<Response>((_resolve, reject) => {
        init?.signal?.addEventListener("abort", () => reject(init.signal?.reason));
      });
    }
    if ("json" in answer) {
      return new Response(JSON.stringify(answer.json), {
        status: answer.status ?? 200,
        headers: { "content-type": "application/json" },
      });
    }
    return new Response(answer.text, {
      status: answer.status ?? 200,
      headers: { "content-type": answer.contentType ?? "text/html" },
    });
  };
  return { fetch: impl, requests };
}

/** Captures JSON log lines for assertions about what was (not) logged. */
export function captureLogs() {
  const lines: string[] = [];
  return { lines, write: (line: string) => void lines.push(line), text: () => lines.join("\n") };
}
