import type { CliCommand } from '../cli-io';
import { annotationsCommand } from './annotations';
import { casesCommand } from './cases';
import { auditCommand } from './audit';
import { campaignCommand } from './campaign';
import { checkCommand } from './check';
import { docsCommand } from './docs';
import { doctorCommand } from './doctor';
import { importCommand } from './import';
import { reportCommand } from './report';
import { scoreCommand } from './score';
import { searchCommand } from './search';
import { standardsCommand } from './standards';
import { summaryCommand } from './summary';
import { versionCommand } from './version';

/** One entry per command; `npm run cli -- help` lists them. */
export const COMMANDS: Record<string, CliCommand> = {
  version: versionCommand,
  doctor: doctorCommand,
  import: importCommand,
  cases: casesCommand,
  docs: docsCommand,
  search: searchCommand,
  check: checkCommand,
  standards: standardsCommand,
  score: scoreCommand,
  audit: auditCommand,
  campaign: campaignCommand,
  report: reportCommand,
  summary: summaryCommand,
  annotations: annotationsCommand,
};
