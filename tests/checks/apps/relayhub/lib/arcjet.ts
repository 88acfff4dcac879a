import arcjet, { shield, detectBot, tokenBucket, validateEmail } from "@arcjet/next";

export const aj = arcjet({
  key: process.env.ARCJET_KEY!,
  rules: [
    shield({ mode: "LIVE" }),
    detectBot({ mode: "LIVE", allow: ["CATEGORY:SEARCH_ENGINE"] }),
    tokenBucket({ mode: "LIVE", refillRate: 5, interval: 60, capacity: 10 }),
  ],
});

export const ajSignup = aj.withRule(validateEmail({ mode: "LIVE", deny: ["DISPOSABLE", "INVALID"] }));
