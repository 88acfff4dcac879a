/** @type {import('next').NextConfig} */
const nextConfig = {
  experimental: { serverActions: { bodySizeLimit: "8mb" } },
  serverExternalPackages: ["mongoose", "pino"],
};
module.exports = nextConfig;
