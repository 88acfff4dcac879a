/** @type {import('next').NextConfig} */
module.exports = {
  images: { remotePatterns: [{ protocol: "https", hostname: "orchardly-produce.s3.amazonaws.com" }] },
  experimental: { serverActions: { bodySizeLimit: "2mb" } },
};
