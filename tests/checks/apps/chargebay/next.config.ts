import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  experimental: {
    serverActions: { bodySizeLimit: "4mb", allowedOrigins: ["app.chargebay.io", "host.chargebay.io"] },
  },
  serverExternalPackages: ["better-sqlite3", "mongoose", "pino"],
  images: { remotePatterns: [{ protocol: "https", hostname: "chargebay-media.s3.eu-west-1.amazonaws.com" }] },
};

export default nextConfig;
