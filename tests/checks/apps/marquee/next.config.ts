import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  experimental: {
    serverActions: { bodySizeLimit: "4mb", allowedOrigins: ["*.marquee.live"] },
    after: true,
  },
  serverExternalPackages: ["better-sqlite3", "mongoose"],
};

export default nextConfig;
