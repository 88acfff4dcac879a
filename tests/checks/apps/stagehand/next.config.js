/** @type {import('next').NextConfig} */
module.exports = {
  experimental: { serverActions: { bodySizeLimit: "2mb" } },
  serverExternalPackages: ["mysql2", "@node-rs/argon2"],
};
