/** @type {import('next').NextConfig} */
const nextConfig = {
  experimental: { serverActions: { bodySizeLimit: "6mb", allowedOrigins: ["app.moorline.app", "owners.moorline.app"] } },
  images: { remotePatterns: [{ hostname: "*.supabase.co" }] },
};

module.exports = nextConfig;
