/** @type {import('next').NextConfig} */
module.exports = {
  experimental: { serverActions: { bodySizeLimit: "2mb", allowedOrigins: ["larderly.org"] } },
  serverExternalPackages: ["pino", "mongoose"],
};
