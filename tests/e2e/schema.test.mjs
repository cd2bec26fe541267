// The shipped JSON Schema (public/journey.schema.json) against the format contract: it compiles
// in Ajv's strict mode, every example and generated journey passes, unknown fields pass, and
// bad values fail at the exact path the reader would name. Semantic checks a schema cannot
// express (unknown phase, duplicate ids) are the app's; the fixtures show where that line is.
// Runs in Node alone: `node --test tests/e2e/schema.test.mjs`.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import Ajv2020 from "ajv/dist/2020.js";

const ROOT = new URL("../../", import.meta.url).pathname;
const EXAMPLES = join(ROOT, "public", "examples");
const FIXTURES = join(ROOT, "tests", "fixtures");
const GENERATOR = join(ROOT, "..", "shared", "tools", "gen-journey.py");

const readJson = (path) => JSON.parse(readFileSync(path, "utf8"));
const SCHEMA = readJson(join(ROOT, "public", "journey.schema.json"));

const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true });
const validate = ajv.compile(SCHEMA);

/** Validates and returns Ajv's errors (empty when valid). */
function errorsOf(journey) {
  return validate(journey) ? [] : validate.errors;
}

const describeErrors = (errors) =>
  errors.map((e) => `${e.instancePath || "(root)"} ${e.message} ${JSON.stringify(e.params)}`).join("\n");

function assertValid(journey, what) {
  const errors = errorsOf(journey);
  assert.equal(errors.length, 0, `${what} should match the schema:\n${describeErrors(errors)}`);
}

/** The distinct instance paths of the errors, sorted. */
const pathsOf = (errors) => [...new Set(errors.map((e) => e.instancePath))].sort();

/** Asserts the journey fails, and only at `paths`. Returns the errors for finer checks. */
function assertInvalidAt(journey, paths) {
  const errors = errorsOf(journey);
  assert.ok(errors.length > 0, "should not match the schema");
  assert.deepEqual(pathsOf(errors), [...paths].sort(), describeErrors(errors));
  return errors;
}

/** Every value in a JSON value, with its path, for walking the schema. */
function* walk(value, path = "") {
  yield [path, value];
  if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) yield* walk(v, `${path}/${k}`);
  }
}

const exampleFiles = readdirSync(EXAMPLES).filter((f) => f.endsWith(".json")).sort();
const example = (name) => readJson(join(EXAMPLES, name));
const minimal = () => example("minimal.json");

describe("the schema", () => {
  test("is draft 2020-12 with a relative $id and a title", () => {
    assert.equal(SCHEMA.$schema, "https://json-schema.org/draft/2020-12/schema");
    assert.equal(SCHEMA.$id, "journey.schema.json");
    assert.ok(SCHEMA.title && SCHEMA.description);
  });

  test("never forbids unknown fields", () => {
    for (const [path, v] of walk(SCHEMA)) {
      assert.ok(
        !(path.endsWith("/additionalProperties") && v === false) && !(path.endsWith("/unevaluatedProperties") && v === false),
        `unknown fields must stay allowed (round-trip), found false at ${path}`,
      );
    }
  });

  test("describes every property", () => {
    for (const [path, v] of walk(SCHEMA)) {
      if (!path.endsWith("/properties") || !v || typeof v !== "object") continue;
      for (const [name, sub] of Object.entries(v)) {
        assert.ok(sub.title && sub.description, `${path}/${name} needs a title and a description`);
      }
    }
  });
});

describe("valid journeys", () => {
  assert.ok(exampleFiles.length > 0, `no examples in ${EXAMPLES}`);
  for (const file of exampleFiles) {
    test(`example ${file}`, () => assertValid(example(file), file));
  }

  // Generated journeys, kept as fixtures so a clone without ../shared tests them too; where
  // the generator is at hand, the fixtures are checked to be its current output.
  const generated = [
    ["50 steps", "50.json", ["50"]],
    ["60 steps", "60.json", ["60"]],
    ["50 steps, no personas (single-number emotions)", "50-no-personas.json", ["50", "--personas", "0", "--seed", "7"]],
    ["9 steps in 1 phase, 4 personas", "9-four-personas.json", ["9", "--phases", "1", "--personas", "4", "--seed", "3"]],
    ["9 steps in 1 phase, 6 personas", "9-six-personas.json", ["9", "--phases", "1", "--personas", "6", "--seed", "5"]],
  ];
  for (const [what, fixture, args] of generated) {
    test(`generated journey: ${what}`, () => {
      const text = readFileSync(join(FIXTURES, "generated", fixture), "utf8");
      if (existsSync(GENERATOR)) {
        const fresh = execFileSync("python3", [GENERATOR, ...args], { maxBuffer: 64 << 20, encoding: "utf8" });
        assert.equal(text, fresh, `tests/fixtures/generated/${fixture} is not gen-journey.py ${args.join(" ")}`);
      }
      const journey = JSON.parse(text);
      assert.equal(journey.steps.length, Number(args[0]));
      assertValid(journey, `gen-journey.py ${args.join(" ")}`);
    });
  }

  test("script-like text is just text (fixture script-text.json)", () => {
    assertValid(readJson(join(FIXTURES, "script-text.json")), "script-text.json");
  });

  test("unknown fields are allowed everywhere", () => {
    const j = example("b2b-software.json");
    const extra = { "x-note": "kept", nested: { any: [1, null] } };
    Object.assign(j, extra);
    for (const list of ["personas", "phases", "steps", "channels", "owners", "lanes", "metrics"]) {
      assert.ok(j[list].length > 0, list);
      for (const item of j[list]) Object.assign(item, extra);
    }
    const step = j.steps.find((s) => s.links?.length && s.opportunities?.some((o) => typeof o === "object"));
    assert.ok(step, "the b2b example has a step with links and detailed opportunities");
    Object.assign(step.links[0], extra);
    Object.assign(step.opportunities.find((o) => typeof o === "object"), extra);
    assertValid(j, "b2b with unknown fields");
  });

  test("every optional field, in each of its shapes", () => {
    const j = minimal();
    j.description = "Context.";
    j.personas = [{ id: "ana", name: "Ana", description: "IT", goals: ["g"], frustrations: [] }];
    j.phases[0].goal = "Find it";
    j.phases[0].description = "Before the visit";
    j.channels = [{ id: "web", name: "Website", color: "#2f6fde" }, { id: "store", name: "Store", color: "#FFF" },
      { id: "app", name: "App", color: "#2f6fde80" }, { id: "chat", name: "Chat", color: "#abcd" }, { id: "x", name: "No colour" }];
    j.owners = [{ id: "sales", name: "Sales" }];
    j.lanes = [{ id: "actions" }, { id: "emotion", title: "Feeling", hidden: true }, { id: "quotes", title: "Quotes" }];
    j.metrics = [{ id: "csat", name: "CSAT", min: 1, max: 5, target: 4, higher_is_better: true, unit: "" }, { id: "wait" }];
    j.meta = { author: "me", date: "2024-05-01", source: "workshop", locale: "en", anything: { goes: true } };
    Object.assign(j.steps[0], {
      description: "Longer", touchpoints: ["Pricing page"], channel: ["web", "store"], owner: "sales",
      thoughts: ["Hm"], emotion: { ana: -1.5 }, importance: 4.5, pains: ["Slow"],
      opportunities: ["Plain", { text: "Detailed", kind: "curative", owner: "sales" }, { text: "Only text" }],
      metrics: { csat: 4.2, nps: -100, wait: 12 }, backstage: ["CRM"], custom: { quotes: "One", more: ["a", "b"] },
      links: [{ label: "Ticket", url: "https://example.com/t/1" }, { label: "Mail", url: "MAILTO:ana@example.com" },
        { label: "Old", url: "http://example.com" }],
    });
    j.steps[1].channel = "store";
    j.steps[1].emotion = -2;
    j.steps[2].emotion = 2;
    j.steps[2].importance = 1;
    assertValid(j, "journey using every field");
  });

  test("an empty step list is a journey (phases still required)", () => {
    const j = minimal();
    j.steps = [];
    assertValid(j, "no steps");
  });
});

describe("invalid journeys fail where the problem is", () => {
  test("emotion 7 in a step", () => {
    const j = minimal();
    j.steps[1].emotion = 7;
    const errors = assertInvalidAt(j, ["/steps/1/emotion"]);
    assert.ok(errors.some((e) => e.keyword === "maximum" && e.params.limit === 2), describeErrors(errors));
  });

  test("emotion -2.5, and out of range for one persona", () => {
    const j = minimal();
    j.steps[0].emotion = -2.5;
    j.steps[2].emotion = { default: 1, other: 3 };
    assertInvalidAt(j, ["/steps/0/emotion", "/steps/2/emotion/other"]);
  });

  for (const field of ["id", "phase", "name"]) {
    test(`a step without ${field}`, () => {
      const j = minimal();
      delete j.steps[2][field];
      const errors = assertInvalidAt(j, ["/steps/2"]);
      assert.deepEqual(errors.map((e) => [e.keyword, e.params.missingProperty]), [["required", field]]);
    });
  }

  for (const url of ["javascript:alert(1)", " https://example.com", "JaVaScRiPt:alert(1)", "data:text/html,x", "https://", "//example.com", ""]) {
    test(`a link to ${JSON.stringify(url)}`, () => {
      const j = minimal();
      j.steps[0].links = [{ label: "Ok", url: "https://example.com" }, { label: "Bad", url }];
      const errors = assertInvalidAt(j, ["/steps/0/links/1/url"]);
      assert.deepEqual(errors.map((e) => e.keyword), ["pattern"]);
    });
  }

  for (const [what, phases] of [["an object", { id: "p", name: "P" }], ["a string", "before"], ["an empty array", []]]) {
    test(`phases as ${what}`, () => {
      const j = minimal();
      j.phases = phases;
      const errors = assertInvalidAt(j, ["/phases"]);
      assert.deepEqual(errors.map((e) => e.keyword), [Array.isArray(phases) ? "minItems" : "type"]);
    });
  }

  test("a top-level array (fixture not-a-journey.json)", () => {
    const errors = assertInvalidAt(readJson(join(FIXTURES, "not-a-journey.json")), [""]);
    assert.deepEqual(errors.map((e) => [e.keyword, e.params.type]), [["type", "object"]]);
  });

  test("wrong values (fixture wrong-values.json): only what a schema can see", () => {
    // Also wrong there, but semantic and left to the app: an emotion for the unknown persona
    // "bob", a step in the unknown phase "gamma", and the duplicate step id "one".
    assertInvalidAt(readJson(join(FIXTURES, "wrong-values.json")), [
      "/steps/1/emotion", // "happy"
      "/steps/1/importance", // 9
      "/steps/3/emotion", // 7
      "/steps/3/links/0/url", // javascript:
    ]);
  });

  test("no phases (fixture no-phases.json)", () => {
    const errors = assertInvalidAt(readJson(join(FIXTURES, "no-phases.json")), [""]);
    assert.deepEqual(errors.map((e) => e.params.missingProperty), ["phases"]);
  });

  test("a future version (fixture future-version.json) is not version 1", () => {
    assertInvalidAt(readJson(join(FIXTURES, "future-version.json")), ["/version"]);
  });

  test("missing or wrong top-level fields", () => {
    const j = minimal();
    delete j.version;
    delete j.title;
    delete j.steps;
    const errors = assertInvalidAt(j, [""]);
    assert.deepEqual(errors.map((e) => e.params.missingProperty).sort(), ["steps", "title", "version"]);
    assertInvalidAt({ ...minimal(), version: "1" }, ["/version"]);
    assertInvalidAt({ ...minimal(), version: 1.5 }, ["/version"]);
    assertInvalidAt({ ...minimal(), title: 3 }, ["/title"]);
    assertInvalidAt({ ...minimal(), meta: "me" }, ["/meta"]);
    assertInvalidAt({ ...minimal(), steps: {} }, ["/steps"]);
    assertInvalidAt({ ...minimal(), personas: [{ id: "ana" }] }, ["/personas/0"]);
    assertInvalidAt({ ...minimal(), phases: [{ name: "No id" }] }, ["/phases/0"]);
  });

  test("wrong step values", () => {
    const cases = [
      ["importance", 0, "/steps/0/importance"],
      ["importance", 5.5, "/steps/0/importance"],
      ["importance", "high", "/steps/0/importance"],
      ["channel", 3, "/steps/0/channel"],
      ["channel", ["web", 3], "/steps/0/channel/1"],
      ["touchpoints", "Pricing page", "/steps/0/touchpoints"],
      ["thoughts", [1], "/steps/0/thoughts/0"],
      ["owner", ["sales"], "/steps/0/owner"],
      ["metrics", { csat: "4" }, "/steps/0/metrics/csat"],
      ["metrics", [4], "/steps/0/metrics"],
      ["custom", { quotes: 1 }, "/steps/0/custom/quotes"],
      ["custom", { pains: "built-in lane" }, "/steps/0/custom"],
      ["opportunities", [{ kind: "corrective" }], "/steps/0/opportunities/0"],
      ["opportunities", [{ text: "x", kind: "preventive" }], "/steps/0/opportunities/0/kind"],
      ["opportunities", [3], "/steps/0/opportunities/0"],
      ["links", [{ label: "No url" }], "/steps/0/links/0"],
      ["links", { label: "x", url: "https://example.com" }, "/steps/0/links"],
    ];
    for (const [field, value, path] of cases) {
      const j = minimal();
      j.steps[0][field] = value;
      assertInvalidAt(j, [path]);
    }
  });

  test("wrong colours, lanes and metric definitions", () => {
    for (const color of ["red", "#ff", "2f6fde", "#2f6fdg", "#fff;background:url(x)", "#12345"]) {
      assertInvalidAt({ ...minimal(), channels: [{ id: "web", name: "Web", color }] }, ["/channels/0/color"]);
    }
    assertInvalidAt({ ...minimal(), owners: [{ id: "sales" }] }, ["/owners/0"]);
    assertInvalidAt({ ...minimal(), lanes: [{ title: "No id" }] }, ["/lanes/0"]);
    assertInvalidAt({ ...minimal(), lanes: [{ id: "pains", hidden: "yes" }] }, ["/lanes/0/hidden"]);
    assertInvalidAt({ ...minimal(), metrics: [{ id: "csat", min: "1" }] }, ["/metrics/0/min"]);
    assertInvalidAt({ ...minimal(), metrics: [{ id: "ces", higher_is_better: "no" }] }, ["/metrics/0/higher_is_better"]);
  });
});
