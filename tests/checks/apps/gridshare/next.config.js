/** @type {import('next').NextConfig} */
module.exports = {
  experimental: { serverActions: { bodySizeLimit: "2mb", allowedOrigins: ["gridshare.coop", "*.gridshare.coop"] } },
  serverExternalPackages: ["mongoose", "twilio"],
};
