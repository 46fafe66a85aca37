import { describe, expect, it } from "vitest";
import { bool, int, parsePhpParams, str } from "./php-form";

const parse = (query: string) => parsePhpParams(new URLSearchParams(query).entries());

describe("parsePhpParams", () => {
  it("reads flat keys, last one winning like PHP", () => {
    expect(parse("action=GetClients&a=1&a=2")).toEqual({ action: "GetClients", a: "2" });
  });

  it("builds nested arrays from bracket keys", () => {
    expect(parse("pid[0]=1&pid[1]=5&email_preferences[invoice]=1&x[a][b]=c")).toEqual({
      pid: { "0": "1", "1": "5" },
      email_preferences: { invoice: "1" },
      x: { a: { b: "c" } },
    });
  });

  it("appends `[]` at the next integer index", () => {
    expect(parse("ids[]=a&ids[5]=b&ids[]=c")).toEqual({ ids: { "0": "a", "5": "b", "6": "c" } });
  });

  it("treats an unbalanced bracket literally and skips nameless keys", () => {
    expect(parse("a[b=1&[x]=2&=3")).toEqual({ a_b: "1" });
  });

  it("coerces scalars with PHP semantics", () => {
    const params = parse("n=42abc&z=0&f=false&e=&arr[0]=1");
    expect([int(params, "n"), int(params, "e"), int(params, "missing")]).toEqual([
      42,
      undefined,
      undefined,
    ]);
    expect([bool(params, "z"), bool(params, "f"), bool(params, "e")]).toEqual([false, true, false]);
    expect(str(params, "arr")).toBeUndefined();
  });
});
