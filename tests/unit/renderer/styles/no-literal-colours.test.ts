import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/*
 * Colours live in one theme file as tokens, and a theme is a set of values for them (issue 13): a
 * literal colour in feature CSS would stay the same in every theme, and a dark or high-contrast
 * theme would show it wrong. This reads every stylesheet of the renderer as a linter would.
 */
const RENDERER = fileURLToPath(new URL('../../../../renderer/', import.meta.url));
const THEME_FILE = join(RENDERER, 'styles', 'theme.css');

function stylesheets(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return stylesheets(path);
    return entry.name.endsWith('.css') ? [path] : [];
  });
}

// CSS named colours and system colours; transparent, currentColor and inherit are allowed.
const NAMED_COLOURS =
  'aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue blueviolet brown burlywood cadetblue chartreuse chocolate coral cornflowerblue cornsilk crimson cyan darkblue darkcyan darkgoldenrod darkgray darkgreen darkgrey darkkhaki darkmagenta darkolivegreen darkorange darkorchid darkred darksalmon darkseagreen darkslateblue darkslategray darkslategrey darkturquoise darkviolet deeppink deepskyblue dimgray dimgrey dodgerblue firebrick floralwhite forestgreen fuchsia gainsboro ghostwhite gold goldenrod gray green greenyellow grey honeydew hotpink indianred indigo ivory khaki lavender lavenderblush lawngreen lemonchiffon lightblue lightcoral lightcyan lightgoldenrodyellow lightgray lightgreen lightgrey lightpink lightsalmon lightseagreen lightskyblue lightslategray lightslategrey lightsteelblue lightyellow lime limegreen linen magenta maroon mediumaquamarine mediumblue mediumorchid mediumpurple mediumseagreen mediumslateblue mediumspringgreen mediumturquoise mediumvioletred midnightblue mintcream mistyrose moccasin navajowhite navy oldlace olive olivedrab orange orangered orchid palegoldenrod palegreen paleturquoise palevioletred papayawhip peachpuff peru pink plum powderblue purple rebeccapurple red rosybrown royalblue saddlebrown salmon sandybrown seagreen seashell sienna silver skyblue slateblue slategray slategrey snow springgreen steelblue tan teal thistle tomato turquoise violet wheat white whitesmoke yellow yellowgreen ' +
  'accentcolor accentcolortext activetext buttonborder buttonface buttontext canvas canvastext field fieldtext graytext highlight highlighttext linktext mark marktext selecteditem selecteditemtext visitedtext';
const NAMED = new Set(NAMED_COLOURS.split(/\s+/));

/** Every literal colour in the declarations of a stylesheet, with its line. */
function literalColours(css: string): string[] {
  const found: string[] = [];
  const text = css.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '));
  const declaration = /(?<![\w-])(--[\w-]+|[a-z-]+)\s*:\s*([^;{}]+)(?=[;}])/gi;
  for (const match of text.matchAll(declaration)) {
    const [, property, rawValue] = match;
    const line = text.slice(0, match.index).split('\n').length;
    // Token names (var(--text-muted)) are not colours; a url() is not either.
    const value = rawValue!.replace(/--[\w-]+/g, ' ').replace(/url\([^)]*\)/gi, ' ');
    const literal =
      value.match(/#[0-9a-f]{3,8}\b/i)?.[0] ??
      value.match(/\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\(/i)?.[0] ??
      value.match(/[a-z]+/gi)?.find((word) => NAMED.has(word.toLowerCase()));
    if (literal) found.push(`line ${line}: ${property}: ${rawValue!.trim()} (${literal})`);
  }
  return found;
}

describe('colours in the renderer’s stylesheets', () => {
  it('finds the colours it is meant to refuse, and lets tokens and keywords through', () => {
    const css = `/* #fff in a comment */\n.a { color: #fff; }\n.b { background: rgb(0 0 0 / 0.5); }\n.c { border: 1px solid red; }\n.d { outline: 2px solid Highlight; }\n#root .e { color: var(--text-muted); background: transparent; border-color: currentColor; fill: inherit; white-space: nowrap; }\n.f { --local: hsl(0 0% 0%); }`;
    expect(literalColours(css)).toEqual([
      'line 2: color: #fff (#fff)',
      'line 3: background: rgb(0 0 0 / 0.5) (rgb()',
      'line 4: border: 1px solid red (red)',
      'line 5: outline: 2px solid Highlight (Highlight)',
      'line 7: --local: hsl(0 0% 0%) (hsl()',
    ]);
  });

  it('are tokens in every feature stylesheet: no #hex, rgb(), hsl() or named colour outside the theme file', () => {
    const files = stylesheets(RENDERER).filter((path) => path !== THEME_FILE);
    expect(files.length).toBeGreaterThan(5);
    const offences = files.flatMap((path) => literalColours(readFileSync(path, 'utf8')).map((problem) => `${relative(RENDERER, path)} ${problem}`));
    expect(offences).toEqual([]);
  });

  it('has every theme give a value to every colour token the light theme defines', () => {
    const theme = readFileSync(THEME_FILE, 'utf8');
    const tokensOf = (selector: string) => {
      const start = theme.indexOf(`${selector} {`);
      expect(start, selector).toBeGreaterThanOrEqual(0);
      const block = theme.slice(start, theme.indexOf('}', start));
      return [...block.matchAll(/^\s*(--[\w-]+):/gm)].map((m) => m[1]).sort();
    };
    const light = tokensOf(":root[data-theme='light']");
    expect(light.length).toBeGreaterThan(50);
    expect(tokensOf(":root[data-theme='dark']")).toEqual(light);
    expect(tokensOf(":root[data-theme='contrast']")).toEqual(light);
  });

  it('uses no colour token that the theme file does not define', () => {
    const theme = readFileSync(THEME_FILE, 'utf8');
    const defined = new Set([...theme.matchAll(/^\s*(--[\w-]+):/gm)].map((m) => m[1]));
    const colourProperty = /(?:^|[\s;{])(color|background(?:-color)?|border(?:-[a-z]+)*|outline(?:-color)?|fill|stroke|box-shadow|accent-color|text-decoration-color)\s*:\s*([^;{}]+)/g;
    const missing = new Set<string>();
    for (const path of stylesheets(RENDERER).filter((p) => p !== THEME_FILE)) {
      for (const [, , value] of readFileSync(path, 'utf8').matchAll(colourProperty)) {
        for (const [, token] of value!.matchAll(/var\((--[\w-]+)/g)) if (!defined.has(token) && !/^--(radius|month-width|font|room|detail)/.test(token!)) missing.add(`${relative(RENDERER, path)}: ${token}`);
      }
    }
    expect([...missing]).toEqual([]);
  });
});
