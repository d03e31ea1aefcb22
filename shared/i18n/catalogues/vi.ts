/* The vi catalogue: one JSON file per part of the app, merged into one flat map of keys. */
import common from './vi/common.json';
import app from './vi/app.json';
import board from './vi/board.json';
import roadmap from './vi/roadmap.json';
import views from './vi/views.json';
import domain from './vi/domain.json';
import pdf from './vi/pdf.json';
import pdfCaptured from './vi/pdf-captured.json';
import menu from './vi/menu.json';
import cli from './vi/cli.json';
import present from './vi/present.json';
import value from './vi/value.json';
import valueUi from './vi/value-ui.json';
import valueViews from './vi/value-views.json';
import governance from './vi/governance.json';
import governanceUi from './vi/governance-ui.json';
import workshop from './vi/workshop.json';
import workshopAgenda from './vi/workshop-agenda.json';
import workshopIdeas from './vi/workshop-ideas.json';
import useCases from './vi/use-cases.json';
import workshopVoting from './vi/workshop-voting.json';
import workshopDecisions from './vi/workshop-decisions.json';
import spreadsheet from './vi/spreadsheet.json';
import planHistory from './vi/plan-history.json';

export const vi: Partial<Record<string, string>> = { ...common, ...app, ...board, ...roadmap, ...views, ...domain, ...pdf, ...pdfCaptured, ...menu, ...cli, ...present, ...value, ...valueUi, ...valueViews, ...governance, ...governanceUi, ...workshop, ...workshopAgenda, ...workshopIdeas, ...useCases, ...workshopVoting, ...workshopDecisions, ...planHistory, ...spreadsheet };
