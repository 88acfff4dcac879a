import arcjet, { detectBot, shield, slidingWindow, validateEmail } from "@arcjet/next";

export const aj = arcjet({
  key: process.env.ARCJET_KEY!,
  rules: [shield({ mode: "LIVE" }), slidingWindow({ mode: "LIVE", interval: "1m", max: 10 })],
});

export const ajSignup = aj.withRule(validateEmail({ mode: "LIVE", block: ["DISPOSABLE", "INVALID"] })).withRule(detectBot({ mode: "LIVE", allow: [] }));
