import docusign from "docusign-esign";

export async function docusignClient() {
  const api = new docusign.ApiClient();
  api.setBasePath(process.env.DOCUSIGN_BASE_PATH!);
  const token = await api.requestJWTUserToken(process.env.DOCUSIGN_INTEGRATION_KEY!, process.env.DOCUSIGN_USER_ID!, ["signature"], Buffer.from(process.env.DOCUSIGN_PRIVATE_KEY!, "base64"), 3600);
  api.addDefaultHeader("Authorization", `Bearer ${token.body.access_token}`);
  return new docusign.EnvelopesApi(api);
}
