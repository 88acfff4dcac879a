/** @type {import('next').NextConfig} */
module.exports = {
  experimental: { serverActions: { bodySizeLimit: "4mb", allowedOrigins: ["loomhall.coop", "www.loomhall.coop"] } },
  serverExternalPackages: ["better-sqlite3", "pino"],
  images: { remotePatterns: [{ protocol: "https", hostname: "*.supabase.co" }] },
};
