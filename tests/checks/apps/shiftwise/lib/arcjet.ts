import arcjet, { shield, tokenBucket, detectBot } from "@arcjet/next";

export const aj = arcjet({
  key: process.env.ARCJET_KEY!,
  rules: [shield({ mode: "LIVE" }), detectBot({ mode: "LIVE", allow: [] }), tokenBucket({ mode: "LIVE", refillRate: 5, interval: 60, capacity: 10 })],
});
