import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  experimental: {
    serverActions: { bodySizeLimit: "8mb" },
  },
  images: { remotePatterns: [{ protocol: "https", hostname: "*.supabase.co" }] },
  serverExternalPackages: ["better-sqlite3", "mongoose"],
};

export default nextConfig;
