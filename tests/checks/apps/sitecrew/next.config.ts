import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  experimental: {
    serverActions: { bodySizeLimit: "8mb", allowedOrigins: ["app.sitecrew.io"] },
  },
  images: { remotePatterns: [{ protocol: "https", hostname: "files.sitecrew.io" }] },
  serverExternalPackages: ["better-sqlite3", "mongoose"],
};

export default nextConfig;
