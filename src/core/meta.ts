// Facts about ocilint itself that reports carry.
export const TOOL_NAME = 'ocilint';
export const TOOL_VERSION = '0.1.0';
export const REPO_URL = 'https://github.com/ocilint/ocilint';
export const JSON_FORMAT_VERSION = 1;

export function docsUrl(ruleId: string): string {
  return `${REPO_URL}/blob/main/docs/rules/${ruleId}.md`;
}
