/* Kennisnet's interactive map: the page around the vis-network viewer.
 *
 * Reads its data from the JSON block #kennisnet-data (written by kennisnet.export.html_map)
 * and shows every text with textContent: nothing from the data ever becomes HTML or code.
 * Positions come from Kennisnet's own layout; the viewer runs no physics.
 */
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("kennisnet-data").textContent);
  var people = data.people;
  var texts = data.texts;
  var count = people.label.length;
  var large = count > 3000;
  var byKey = {};
  data.colourings.forEach(function (c) { byKey[c.key] = c; });
  var current = byKey[data.colour] || data.colourings[0];

  function el(id) { return document.getElementById(id); }

  function make(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (className) node.className = className;
    return node;
  }

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (whole, key) {
      return Object.prototype.hasOwnProperty.call(values, key) ? String(values[key]) : whole;
    });
  }

  // Who learns from whom (learner -> source), for the card's lists.
  var sourcesOf = new Array(count);
  var learnersOf = new Array(count);
  for (var i = 0; i < count; i++) { sourcesOf[i] = []; learnersOf[i] = []; }
  data.edges.forEach(function (e) { sourcesOf[e[0]].push(e[1]); learnersOf[e[1]].push(e[0]); });

  var WHITE = "#ffffff";
  var flagsKey = 1;
  var flagsHabit = 2;

  function colourOf(i) {
    var group = current.groups[current.of[i]];
    return group ? group.colour : "#A0A0A0";
  }

  function nodeStyle(i) {
    var fillColour = colourOf(i);
    var border = WHITE;
    var width = 0;
    if (people.flags[i] & flagsHabit) { border = data.colours.risk; width = 2; }
    else if (people.trained[i] === 1) { border = data.colours.ring_trained; width = 1; }
    return {
      id: i,
      color: {
        background: fillColour,
        border: border,
        highlight: { background: fillColour, border: "#000000" },
        hover: { background: fillColour, border: "#000000" }
      },
      borderWidth: width,
      borderWidthSelected: width + 2
    };
  }

  var nodeItems = new Array(count);
  for (var n = 0; n < count; n++) {
    var item = nodeStyle(n);
    item.x = people.x[n];
    item.y = people.y[n];
    item.size = people.size[n];
    nodeItems[n] = item;
  }
  var edgeItems = data.edges.map(function (e, k) { return { id: k, from: e[0], to: e[1] }; });
  var nodes = new vis.DataSet(nodeItems);
  var edges = new vis.DataSet(edgeItems);

  var network = new vis.Network(el("map"), { nodes: nodes, edges: edges }, {
    autoResize: true,
    physics: false,
    layout: { improvedLayout: false, randomSeed: 1 },
    nodes: {
      shape: "dot",
      chosen: true
    },
    edges: {
      color: { color: data.colours.tie, opacity: 0.35, highlight: "#111827", inherit: false },
      width: 0.6,
      selectionWidth: 1.5,
      smooth: false,
      arrows: { to: { enabled: data.arrows, scaleFactor: 0.4 } }
    },
    interaction: {
      hover: false,
      dragNodes: false,
      hideEdgesOnDrag: large,
      hideEdgesOnZoom: large,
      multiselect: false,
      tooltipDelay: 3600000,
      keyboard: { enabled: true, bindToWindow: false },
      navigationButtons: false,
      zoomSpeed: 0.6
    }
  });

  // The risk clusters: a soft red area with a dashed outline, under the people.
  network.on("beforeDrawing", function (ctx) {
    data.risk.forEach(function (area) {
      if (!area.outline.length) return;
      ctx.beginPath();
      area.outline.forEach(function (p, k) { if (k === 0) ctx.moveTo(p[0], p[1]); else ctx.lineTo(p[0], p[1]); });
      ctx.closePath();
      ctx.fillStyle = "rgba(214, 39, 40, 0.08)";
      ctx.fill();
      ctx.setLineDash([8, 6]);
      ctx.lineWidth = 2;
      ctx.strokeStyle = "rgba(214, 39, 40, 0.8)";
      ctx.stroke();
      ctx.setLineDash([]);
    });
  });

  // ---- Names on the map ------------------------------------------------------------
  // The viewer draws no names itself: they are drawn here, after the people, so that no
  // name ever lies over another. The most important go first: the person chosen, then
  // the key knowledge holders, then the bigger dots (more colleagues learn from them). A
  // name that would touch one already drawn, or the dot of a person already named, waits
  // until you zoom in. Zoomed out, only the key knowledge holders and the dots big enough
  // to see are named.
  var LABEL_PX = 11;       // the names' size on screen, in pixels, at any zoom
  var LABEL_HEIGHT = 14;   // a name's line on screen, in pixels
  var GAP_X = 8;           // free pixels beside a name, so that two never read as one
  var GAP_Y = 2;           // and above and under it
  var LABEL_MAX = 400;     // names at most on the screen at once
  var MIN_DOT_PX = 5;      // a dot named from this radius on screen (key holders always)
  var LABEL_FONT = "Arial, Helvetica, sans-serif";
  var CELL = 64;           // the grid, in screen pixels, that finds names nearby quickly
  var labelOrder = [];
  for (var o = 0; o < count; o++) labelOrder.push(o);
  function important(i) { return (people.flags[i] & (flagsKey | flagsHabit)) ? 1 : 0; }
  labelOrder.sort(function (a, b) {
    return (important(b) - important(a)) || (people.size[b] - people.size[a]) || (a - b);
  });
  var labelWidth = null;   // each name's width on screen, measured once
  var drawnLabels = [];    // the names of the last frame: [person, left, top, right, bottom]
  var NAME = 0, DOT = 1;   // what a box on the grid holds (dots may touch dots)

  function labelBoxes(ctx, scale) {
    if (labelWidth === null) {
      ctx.save();
      ctx.font = LABEL_PX + "px " + LABEL_FONT;
      labelWidth = people.label.map(function (text) { return ctx.measureText(text).width; });
      ctx.restore();
    }
    var map = el("map");
    var width = map.clientWidth;
    var height = map.clientHeight;
    var origin = network.DOMtoCanvas({ x: 0, y: 0 });
    var chosen = network.getSelectedNodes();
    var first = chosen.length ? [chosen[0]] : [];
    var grid = {};
    var out = [];

    function free(box) {  // the cells of the box and of the free pixels around it
      var right = Math.floor((box[3] + GAP_X) / CELL);
      var bottom = Math.floor((box[4] + GAP_Y) / CELL);
      for (var gx = Math.floor((box[1] - GAP_X) / CELL); gx <= right; gx++) {
        for (var gy = Math.floor((box[2] - GAP_Y) / CELL); gy <= bottom; gy++) {
          var near = grid[gx + "," + gy];
          if (!near) continue;
          for (var k = 0; k < near.length; k++) {
            var b = near[k];
            if (box[5] === DOT && b[5] === DOT) continue;
            if (box[1] < b[3] + GAP_X && b[1] < box[3] + GAP_X &&
                box[2] < b[4] + GAP_Y && b[2] < box[4] + GAP_Y) return false;
          }
        }
      }
      return true;
    }

    function keep(box) {
      for (var gx = Math.floor(box[1] / CELL); gx <= Math.floor(box[3] / CELL); gx++) {
        for (var gy = Math.floor(box[2] / CELL); gy <= Math.floor(box[4] / CELL); gy++) {
          var key = gx + "," + gy;
          (grid[key] = grid[key] || []).push(box);
        }
      }
    }

    function consider(i, always) {
      var dot = people.size[i] * scale;
      if (!always && dot < MIN_DOT_PX && !important(i)) return;
      var x = (people.x[i] - origin.x) * scale;
      var y = (people.y[i] - origin.y) * scale;
      var half = labelWidth[i] / 2;
      var box = [i, x - half, y + dot + 2, x + half, y + dot + 2 + LABEL_HEIGHT, NAME];
      if (box[3] < 0 || box[1] > width || box[4] < 0 || box[2] > height) return;
      var own = [i, x - dot, y - dot, x + dot, y + dot, DOT];
      if (!always && !(free(box) && free(own))) return;
      keep(box);
      keep(own);
      out.push(box.slice(0, 5));
    }

    first.forEach(function (i) { consider(i, true); });
    for (var k = 0; k < count && out.length < LABEL_MAX; k++) {
      if (labelOrder[k] !== first[0]) consider(labelOrder[k], false);
    }
    return { boxes: out, chosen: first[0] };
  }

  network.on("afterDrawing", function (ctx) {
    var scale = network.getScale();
    var found = labelBoxes(ctx, scale);
    ctx.save();
    ctx.textAlign = "center";
    ctx.textBaseline = "top";
    ctx.lineJoin = "round";
    ctx.lineWidth = 3 / scale;
    ctx.strokeStyle = WHITE;
    ctx.fillStyle = data.colours.text;
    var plain = (LABEL_PX / scale) + "px " + LABEL_FONT;
    found.boxes.forEach(function (box) {
      var i = box[0];
      ctx.font = (i === found.chosen ? "bold " : "") + plain;
      var y = people.y[i] + people.size[i] + 2 / scale;
      ctx.strokeText(people.label[i], people.x[i], y);
      ctx.fillText(people.label[i], people.x[i], y);
    });
    ctx.restore();
    drawnLabels = found.boxes;
  });

  // ---- The person card -------------------------------------------------------------
  function metricValue(key, i) {
    var v = people[key][i];
    switch (key) {
      case "sources": return people.responded[i] ? String(v) : texts.did_not_answer;
      case "trained": return v === null ? texts.unknown : (v ? texts.yes : texts.no);
      case "steps_to_trained": return v === null ? texts.no_route : String(v);
      case "pagerank": return v.toFixed(3);
      case "betweenness": return data.betweenness ? v.toFixed(3) : texts.not_computed;
      case "cluster":
        return (people.sources[i] || people.in_degree[i]) ? String(v) : texts.no_group;
      default: return String(v);
    }
  }

  function nameList(target, ids) {
    target.textContent = "";
    var sorted = ids.slice().sort(function (a, b) {
      return (people.in_degree[b] - people.in_degree[a]) ||
        (people.label[a] < people.label[b] ? -1 : people.label[a] > people.label[b] ? 1 : 0);
    });
    if (!sorted.length) { target.textContent = texts.nobody; return; }
    sorted.slice(0, 12).forEach(function (j, k) {
      if (k) target.appendChild(document.createTextNode(", "));
      var link = make("button", people.label[j], "person-link");
      link.type = "button";
      link.addEventListener("click", function () { select(j, true); });
      target.appendChild(link);
    });
    if (sorted.length > 12) {
      target.appendChild(document.createTextNode(", " + fill(texts.more, { count: sorted.length - 12 })));
    }
  }

  function showCard(i) {
    el("card-hint").hidden = true;
    el("card-body").hidden = false;
    el("card-name").textContent = people.label[i];
    el("card-where").textContent = people.where[i];
    var badges = el("card-badges");
    badges.textContent = "";
    var flags = people.flags[i];
    var shown = 0;
    texts.badges.forEach(function (b) {
      if (!(flags & b[0])) return;
      if (b[0] === 1 && (flags & flagsHabit)) return; // a habit spreader is a key holder too
      var badge = make("span", b[2], "badge");
      badge.style.backgroundColor = b[1];
      if (b[0] === flagsHabit) badge.title = texts.habit_spreader;
      badges.appendChild(badge);
      shown++;
    });
    badges.hidden = !shown;
    el("card-note").textContent = people.note[i];
    el("card-note").hidden = !people.note[i];
    el("card-sources-title").textContent = fill(texts.learns_from, { count: sourcesOf[i].length });
    nameList(el("card-sources"), sourcesOf[i]);
    el("card-learners-title").textContent = fill(texts.learn_from_them, { count: learnersOf[i].length });
    nameList(el("card-learners"), learnersOf[i]);
    var list = el("card-metrics");
    list.textContent = "";
    texts.metrics.forEach(function (m) {
      var row = make("div", null, "metric");
      row.dataset.metric = m[0];
      var term = make("dt", m[1]);
      var value = make("dd", metricValue(m[0], i), "value");
      var note = make("dd", m[2], "explain");
      row.appendChild(term); row.appendChild(value); row.appendChild(note);
      list.appendChild(row);
    });
  }

  function hideCard() {
    el("card-hint").hidden = false;
    el("card-body").hidden = true;
    network.unselectAll();
  }

  function select(i, focus) {
    network.selectNodes([i]);
    if (focus) {
      network.focus(i, { scale: Math.max(network.getScale(), 1.1), animation: false });
    }
    showCard(i);
  }

  network.on("click", function (params) {
    if (params.nodes.length) showCard(params.nodes[0]);
    else hideCard();
  });
  el("card-close").addEventListener("click", hideCard);

  // ---- Search ----------------------------------------------------------------------
  var folded = people.label.map(function (s) { return s.toLocaleLowerCase(); });
  var results = el("results");
  var search = el("search");

  function showResults() {
    var wanted = search.value.trim().toLocaleLowerCase();
    results.textContent = "";
    if (!wanted) { results.hidden = true; return; }
    var found = [];
    for (var k = 0; k < count && found.length < 20; k++) {
      if (folded[k].indexOf(wanted) !== -1) found.push(k);
    }
    if (!found.length) {
      results.appendChild(make("li", texts.nobody_found, "none"));
    }
    found.forEach(function (k) {
      var li = make("li");
      var button = make("button", people.label[k]);
      button.type = "button";
      button.dataset.person = String(k);
      if (people.where[k]) button.appendChild(make("span", people.where[k], "where"));
      button.addEventListener("click", function () {
        results.hidden = true;
        search.value = people.label[k];
        select(k, true);
      });
      li.appendChild(button);
      results.appendChild(li);
    });
    results.hidden = false;
  }

  search.addEventListener("input", showResults);
  search.addEventListener("keydown", function (event) {
    if (event.key === "Enter") {
      var first = results.querySelector("button");
      if (first) first.click();
    } else if (event.key === "Escape") {
      results.hidden = true;
    }
  });

  // ---- Colours and legend ----------------------------------------------------------
  var picker = el("colour");
  data.colourings.forEach(function (c) {
    var option = make("option", c.title);
    option.value = c.key;
    picker.appendChild(option);
  });
  picker.value = current.key;

  function showLegend() {
    el("legend-title").textContent = current.title;
    var list = el("legend");
    list.textContent = "";
    current.groups.forEach(function (g) {
      var li = make("li", null, "entry");
      var dot = make("span", null, "dot");
      dot.style.backgroundColor = g.colour;
      li.appendChild(dot);
      li.appendChild(make("span", g.label, "label"));
      list.appendChild(li);
    });
  }

  function showMarks() {
    var list = el("legend-marks");
    data.legend.forEach(function (entry) {
      var li = make("li", null, "entry");
      var mark = make("span", null, "mark " + entry[0]);
      if (entry[0] === "ring") mark.style.borderColor = entry[1];
      else if (entry[0] === "line") mark.style.backgroundColor = entry[1];
      else if (entry[0] === "area") mark.style.borderColor = entry[1];
      else mark.style.backgroundColor = entry[1];
      li.appendChild(mark);
      li.appendChild(make("span", entry[2], "label"));
      list.appendChild(li);
    });
  }

  picker.addEventListener("change", function () {
    current = byKey[picker.value] || current;
    var update = new Array(count);
    for (var k = 0; k < count; k++) update[k] = nodeStyle(k);
    nodes.update(update);
    showLegend();
  });

  // ---- Risk clusters and key figures -------------------------------------------------
  data.risk.forEach(function (area) {
    var li = make("li");
    li.appendChild(make("span", area.text));
    if (area.members.length) {
      var button = make("button", texts.show_on_map, "show");
      button.type = "button";
      button.addEventListener("click", function () {
        network.fit({ nodes: area.members, animation: false });
      });
      li.appendChild(document.createTextNode(" "));
      li.appendChild(button);
    }
    el("risk").appendChild(li);
  });
  data.facts.forEach(function (fact) { el("facts").appendChild(make("li", fact)); });

  el("fit").addEventListener("click", function () { network.fit({ animation: false }); });

  showLegend();
  showMarks();
  // For the tests and the benchmark: the viewer and the data, read only.
  window.kennisnetMap = {
    network: network,
    nodes: nodes,
    count: count,
    // The names drawn in the last frame: [person, left, top, right, bottom] on screen.
    labels: function () { return drawnLabels.map(function (b) { return b.slice(); }); },
    ready: true
  };
})();
