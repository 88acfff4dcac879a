import arcjetNext, { shield, validateEmail, slidingWindow } from "@arcjet/next";

export const arcjet = arcjetNext({
  key: process.env.ARCJET_KEY!,
  rules: [shield({ mode: "LIVE" }), validateEmail({ mode: "LIVE", deny: ["DISPOSABLE", "INVALID"] }), slidingWindow({ mode: "LIVE", interval: "10m", max: 5 })],
});
