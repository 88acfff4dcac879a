import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  experimental: {
    serverActions: { bodySizeLimit: "4mb", allowedOrigins: ["relayhub.org", "*.relayhub.org"] },
  },
  serverExternalPackages: ["better-sqlite3", "mongoose"],
};

export default nextConfig;
