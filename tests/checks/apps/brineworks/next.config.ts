import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  experimental: {
    serverActions: { bodySizeLimit: "2mb", allowedOrigins: ["brineworks.example", "floor.brineworks.example"] },
  },
  serverExternalPackages: ["pg"],
};

export default nextConfig;
