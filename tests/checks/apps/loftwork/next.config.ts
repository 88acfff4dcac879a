import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  experimental: {
    serverActions: { bodySizeLimit: "2mb" },
  },
  images: { remotePatterns: [{ protocol: "https", hostname: "cdn.loftwork.co" }] },
};

export default nextConfig;
