import type { ServerResponse } from "node:http";

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export function sendJson(res: ServerResponse, status: number, body: Json): void {
  send(res, status, "application/json; charset=utf-8", JSON.stringify(body));
}

/**
 * JSON the way PHP's `json_encode` writes it by default: "/" escaped as "\/" and non-ASCII as
 * "\uXXXX". Parsers do not care, but clients that compare raw bodies or log them see the real thing.
 */
export function sendPhpJson(res: ServerResponse, status: number, body: Json): void {
  const encoded = JSON.stringify(body)
    .replace(/\//g, "\\/")
    .replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  send(res, status, "application/json; charset=utf-8", encoded);
}

export function sendHtml(res: ServerResponse, status: number, html: string): void {
  send(res, status, "text/html; charset=utf-8", html);
}

export function sendText(
  res: ServerResponse,
  status: number,
  text: string,
  type = "text/plain",
): void {
  send(res, status, `${type}; charset=utf-8`, text);
}

export function redirect(
  res: ServerResponse,
  location: string,
  headers: Record<string, string> = {},
): void {
  if (res.headersSent || res.writableEnded) return;
  res.writeHead(302, { location, "cache-control": "no-store", ...headers });
  res.end();
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  // The client may have gone away (timeouts, aborted fetches); writing then would throw.
  if (res.headersSent || res.writableEnded || res.destroyed) return;
  res.writeHead(status, {
    "content-type": type,
    "content-length": Buffer.byteLength(body),
    "cache-control": "no-store",
  });
  res.end(body);
}
