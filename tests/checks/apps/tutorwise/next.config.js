/** @type {import('next').NextConfig} */
module.exports = {
  experimental: { serverActions: { bodySizeLimit: "2mb", allowedOrigins: ["tutorwise.app"] } },
  images: { remotePatterns: [{ protocol: "https", hostname: "img.clerk.com" }] },
};
