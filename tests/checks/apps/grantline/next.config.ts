import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  experimental: { serverActions: { bodySizeLimit: "8mb", allowedOrigins: ["app.grantline.org"] } },
  images: { remotePatterns: [{ hostname: "files.grantline.org" }] },
};

export default nextConfig;
