export const env = {
  cronSecret: process.env.CRON_SECRET ?? "",
  checkrWebhookSecret: process.env.CHECKR_WEBHOOK_SECRET ?? "",
  sterlingWebhookSecret: process.env.STERLING_WEBHOOK_SECRET ?? "",
  stripeWebhookSecret: process.env.STRIPE_WEBHOOK_SECRET ?? "",
  districtApiKey: process.env.DISTRICT_API_KEY ?? "",
  appUrl: process.env.NEXT_PUBLIC_APP_URL ?? "http://localhost:3000",
};
