import { readFile, writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { AppError } from '../../../preload/contract/app-error';
import type { OpenedApi } from '../../api/open-api';
import { exportStandardJson } from '../../services/standards/io/json-io';
import { importStandardFromXlsx } from '../../services/standards/io/xlsx-import';
import { validateStandard } from '../../services/standards/model/validate-standard';
import { listSections } from '../../../preload/contract/model/standard/walk';
import { EXIT, UsageError, type CliCommand, type CliIo } from '../cli-io';
import { withApi } from '../with-api';

/** One line per problem: where (path or sheet/row/column), which item, what. */
export function printProblems(io: CliIo, errors: unknown): void {
  if (!Array.isArray(errors)) return;
  for (const e of errors as Array<Record<string, unknown>>) {
    const where = [e.sheet, e.row !== undefined ? `第 ${String(e.row)} 行` : undefined, e.column, e.path]
      .filter((x) => x !== undefined && x !== '')
      .join(' ');
    const item = e.itemCode ? `[${String(e.itemCode)}] ` : '';
    io.err(`  ${where ? `${where}：` : ''}${item}${String(e.message ?? '')}`);
  }
}

const isXlsx = (file: string) => extname(file).toLowerCase() === '.xlsx';

/** Parses a standard file without saving; throws AppError(E_INVALID_ARGS) with every problem. */
async function readStandardFile(file: string) {
  const bytes = await readFile(file);
  if (isXlsx(file)) {
    const r = await importStandardFromXlsx(bytes);
    if (!r.ok)
      throw new AppError('E_INVALID_ARGS', `Excel 评查标准有误（${r.errors.length} 处问题）`, {
        errors: r.errors,
      });
    return r.value.standard;
  }
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch (e) {
    throw new AppError('E_INVALID_ARGS', `不是有效的 JSON：${(e as Error).message}`);
  }
  const r = validateStandard(json);
  if (!r.ok)
    throw new AppError('E_INVALID_ARGS', `评查标准校验未通过（${r.errors.length} 处问题）`, {
      errors: r.errors,
    });
  return r.value;
}

async function show(api: OpenedApi, io: CliIo, key: string, json: boolean) {
  const row = await api.services.standards.findByKey(key);
  const { summary, standard } = await api.services.standards.get(row.id);
  if (json) return io.out(exportStandardJson(standard));
  io.out(`${summary.name}（${summary.code}@${summary.version}）${summary.locked ? ' [已锁定]' : ''}`);
  io.out(
    `发布机关：${standard.issuer}；适用：${standard.actTypes.join('、')}；公式：${standard.formula.kind}；哈希：${summary.contentHash}`,
  );
  for (const { section, depth } of listSections(standard)) {
    io.out(`${'  '.repeat(depth)}${section.code} ${section.title}`);
    for (const item of section.items) {
      const veto = item.veto ? ` 否决:${item.veto}` : '';
      io.out(`${'  '.repeat(depth + 1)}${item.code} ${item.title}（${item.points} 分，${item.mode}${veto}）`);
    }
  }
}

export const standardsCommand: CliCommand = {
  summary: '评查标准：列表、查看、校验、导入、导出 / scoring standards',
  usage:
    'standards list [--json] | show <code@version> [--json] | validate <file.json|.xlsx> | import <file.json|.xlsx> | export <code@version> --out <file.json|.xlsx> [--data-dir DIR]',
  run: (argv, io) =>
    withApi(
      argv,
      { json: { type: 'boolean' }, out: { type: 'string' } },
      async (api, values, positionals) => {
        const [sub, arg] = positionals;
        const s = api.services.standards;
        try {
          switch (sub) {
            case 'list': {
              const list = await s.list();
              if (values.json) io.out(JSON.stringify(list, null, 2));
              else
                for (const v of list)
                  io.out(
                    `${v.code}@${v.version}\t${v.name}\t${v.itemCount} 项\t${v.builtin ? '内置' : '本地'}${v.locked ? '·已锁定' : ''}`,
                  );
              return EXIT.OK;
            }
            case 'show':
              if (!arg) throw new UsageError('需要 <code@version>');
              await show(api, io, arg, values.json === true);
              return EXIT.OK;
            case 'validate': {
              if (!arg) throw new UsageError('需要文件路径');
              const standard = await readStandardFile(arg);
              const v = s.validate(standard);
              io.out(
                `校验通过 / valid: ${standard.code}@${standard.version}${v.ok ? `（${v.itemCount} 项，${v.contentHash}）` : ''}`,
              );
              return EXIT.OK;
            }
            case 'import': {
              if (!arg) throw new UsageError('需要文件路径');
              const saved = await s.saveVersion(await readStandardFile(arg));
              io.out(
                `已导入 / imported: ${saved.code}@${saved.version}（${saved.itemCount} 项，${saved.contentHash}）`,
              );
              return EXIT.OK;
            }
            case 'export': {
              const out = values.out as string | undefined;
              if (!arg || !out) throw new UsageError('需要 <code@version> 和 --out <文件>');
              const row = await s.findByKey(arg);
              if (isXlsx(out)) {
                const x = await s.exportXlsx(row.id);
                await writeFile(out, Buffer.from(x.base64, 'base64'));
                for (const w of x.warnings) io.err(`提示 / note: ${w}`);
              } else {
                await writeFile(out, (await s.exportJson(row.id)).text);
              }
              io.out(`已导出 / exported: ${out}`);
              return EXIT.OK;
            }
            default:
              throw new UsageError(`未知的子命令：${sub ?? '(无)'}`);
          }
        } catch (error) {
          if (error instanceof AppError && error.code === 'E_INVALID_ARGS') {
            io.err(`${error.code}: ${error.message}`);
            printProblems(io, (error.details as { errors?: unknown } | undefined)?.errors);
            return EXIT.PARTIAL;
          }
          throw error;
        }
      },
    ),
};
