/** @type {import('next').NextConfig} */
module.exports = {
  experimental: { serverActions: { bodySizeLimit: "2mb" } },
  images: { remotePatterns: [{ hostname: "cdn.gleanery.org" }] },
};
