/** @type {import('next').NextConfig} */
module.exports = {
  experimental: { serverActions: { bodySizeLimit: "6mb" } },
  serverExternalPackages: ["better-sqlite3"],
};
