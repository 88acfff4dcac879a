/** @type {import('next').NextConfig} */
module.exports = {
  experimental: { serverActions: { bodySizeLimit: "12mb", allowedOrigins: ["app.hearthcare.app"] } },
  serverExternalPackages: ["firebase-admin"],
};
