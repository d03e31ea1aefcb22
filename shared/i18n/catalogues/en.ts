/* The en catalogue: one JSON file per part of the app, merged into one flat map of keys. */
import common from './en/common.json';
import app from './en/app.json';
import board from './en/board.json';
import roadmap from './en/roadmap.json';
import views from './en/views.json';
import domain from './en/domain.json';
import pdf from './en/pdf.json';
import pdfCaptured from './en/pdf-captured.json';
import menu from './en/menu.json';
import cli from './en/cli.json';
import present from './en/present.json';
import value from './en/value.json';
import valueUi from './en/value-ui.json';
import valueViews from './en/value-views.json';
import governance from './en/governance.json';
import governanceUi from './en/governance-ui.json';
import workshop from './en/workshop.json';
import workshopAgenda from './en/workshop-agenda.json';
import workshopIdeas from './en/workshop-ideas.json';
import useCases from './en/use-cases.json';
import workshopVoting from './en/workshop-voting.json';
import workshopDecisions from './en/workshop-decisions.json';
import spreadsheet from './en/spreadsheet.json';
import planHistory from './en/plan-history.json';

export const en = { ...common, ...app, ...board, ...roadmap, ...views, ...domain, ...pdf, ...pdfCaptured, ...menu, ...cli, ...present, ...value, ...valueUi, ...valueViews, ...governance, ...governanceUi, ...workshop, ...workshopAgenda, ...workshopIdeas, ...useCases, ...workshopVoting, ...workshopDecisions, ...planHistory, ...spreadsheet };
