import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  experimental: {
    serverActions: { bodySizeLimit: "8mb", allowedOrigins: ["app.seedline.coop", "*.seedline.coop"] },
  },
  serverExternalPackages: ["better-sqlite3", "mongoose", "pino"],
  images: { remotePatterns: [{ protocol: "https", hostname: "tiles.seedline-sat.io" }] },
};

export default nextConfig;
