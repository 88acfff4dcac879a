import arcjet, { shield, tokenBucket, validateEmail } from "@arcjet/next";

export const aj = arcjet({
  key: process.env.ARCJET_KEY!,
  characteristics: ["ip.src"],
  rules: [
    shield({ mode: "LIVE" }),
    tokenBucket({ mode: "LIVE", refillRate: 5, interval: 60, capacity: 10 }),
  ],
});

export const signupProtection = aj.withRule(validateEmail({ mode: "LIVE", deny: ["DISPOSABLE", "INVALID"] }));
