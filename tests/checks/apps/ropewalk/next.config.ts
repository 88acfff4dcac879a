import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  serverExternalPackages: ["mongoose", "pg"],
  experimental: {
    serverActions: { bodySizeLimit: "2mb", allowedOrigins: ["ropewalk.climb", "*.ropewalk.climb"] },
  },
};

export default nextConfig;
