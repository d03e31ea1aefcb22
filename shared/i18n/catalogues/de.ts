/* The de catalogue: one JSON file per part of the app, merged into one flat map of keys. */
import common from './de/common.json';
import app from './de/app.json';
import board from './de/board.json';
import roadmap from './de/roadmap.json';
import views from './de/views.json';
import domain from './de/domain.json';
import pdf from './de/pdf.json';
import pdfCaptured from './de/pdf-captured.json';
import menu from './de/menu.json';
import cli from './de/cli.json';
import present from './de/present.json';
import value from './de/value.json';
import valueUi from './de/value-ui.json';
import valueViews from './de/value-views.json';
import governance from './de/governance.json';
import governanceUi from './de/governance-ui.json';
import workshop from './de/workshop.json';
import workshopAgenda from './de/workshop-agenda.json';
import workshopIdeas from './de/workshop-ideas.json';
import useCases from './de/use-cases.json';
import workshopVoting from './de/workshop-voting.json';
import workshopDecisions from './de/workshop-decisions.json';
import spreadsheet from './de/spreadsheet.json';
import planHistory from './de/plan-history.json';

export const de: Partial<Record<string, string>> = { ...common, ...app, ...board, ...roadmap, ...views, ...domain, ...pdf, ...pdfCaptured, ...menu, ...cli, ...present, ...value, ...valueUi, ...valueViews, ...governance, ...governanceUi, ...workshop, ...workshopAgenda, ...workshopIdeas, ...useCases, ...workshopVoting, ...workshopDecisions, ...planHistory, ...spreadsheet };
