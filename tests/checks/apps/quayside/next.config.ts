import type { NextConfig } from "next";
import { withPayload } from "@payloadcms/next/withPayload";

const nextConfig: NextConfig = {
  serverExternalPackages: ["@mikro-orm/core", "@mikro-orm/postgresql", "pino"],
  experimental: {
    serverActions: { bodySizeLimit: "8mb" },
  },
  images: { remotePatterns: [{ hostname: "utfs.io" }] },
};

export default withPayload(nextConfig);
