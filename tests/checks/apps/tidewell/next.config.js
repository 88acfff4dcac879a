/** @type {import('next').NextConfig} */
module.exports = {
  experimental: { serverActions: { bodySizeLimit: "2mb" } },
  serverExternalPackages: ["mongoose", "pg"],
};
