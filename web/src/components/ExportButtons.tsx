/** Export buttons: PNG from the canvas; JSON, GraphML, GEXF and CSV built by ../export on demand. */
import type { Core } from 'cytoscape';
import { useApp } from '../app-context';
import type { ExportFormat } from '../export/files';
import type { MessageKey } from '../i18n';

const CAPTION: Record<ExportFormat, MessageKey> = {
  json: 'exportJson',
  graphml: 'exportGraphml',
  gexf: 'exportGexf',
  nodesCsv: 'exportNodesCsv',
  edgesCsv: 'exportEdgesCsv',
};

function download(name: string, href: string): void {
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  a.click();
}

export function ExportButtons({ cy }: { cy: Core | null }) {
  const { t, model, reportError } = useApp();
  const empty = model.nodes.size === 0;
  const exportPng = () => {
    if (cy) download('guanxi.png', cy.png({ full: true, scale: 2, bg: '#ffffff' }));
  };
  const exportFile = async (format: ExportFormat) => {
    try {
      const { buildExport } = await import('../export/files');
      const positions = new Map(cy?.nodes().map((n) => [n.id(), n.position()]) ?? []);
      const file = await buildExport(format, model, positions);
      const url = URL.createObjectURL(new Blob([file.text], { type: file.type }));
      download(file.name, url);
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    } catch (e) {
      reportError(e);
    }
  };
  return (
    <>
      <button type="button" disabled={empty} onClick={exportPng}>
        {t('exportPng')}
      </button>
      {(Object.keys(CAPTION) as ExportFormat[]).map((format) => (
        <button
          key={format}
          type="button"
          disabled={empty}
          data-export={format}
          onClick={() => void exportFile(format)}
        >
          {t(CAPTION[format])}
        </button>
      ))}
    </>
  );
}
