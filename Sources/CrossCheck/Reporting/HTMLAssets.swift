/// The HTML report's style and script, inline so the page is one file that loads nothing.
enum HTMLAssets {
    /// System fonts only. Colours on white: text #1a1a1a (17:1), links #0b4f9c (8:1), red #a4161a
    /// (7:1), green #1d6b2a (6.5:1); agreement is also shown by ✓/✗ and by text for screen readers.
    static let css = """
    :root{--fg:#1a1a1a;--muted:#4a4a4a;--bg:#fff;--line:#c8c8c8;--link:#0b4f9c;--bad:#a4161a;--good:#1d6b2a;--badbg:#fdecec;--goodbg:#eaf5ec;--mark:#fff1a8}
    *{box-sizing:border-box}
    body{margin:0;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:var(--fg);background:var(--bg)}
    a{color:var(--link)} a:focus-visible,button:focus-visible,input:focus-visible,summary:focus-visible,mark:focus{outline:3px solid #1a73e8;outline-offset:2px}
    .skip{position:absolute;left:-999px} .skip:focus{left:8px;top:8px;background:#fff;padding:4px 8px;z-index:10}
    .sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
    .bar{position:sticky;top:0;z-index:5;background:#f4f5f7;border-bottom:1px solid var(--line);padding:8px 20px}
    .bar h1{font-size:18px;margin:0 0 4px}
    .gate{display:inline-block;margin:0 12px 0 0;padding:2px 10px;border-radius:4px;font-weight:600}
    .gate-failed{background:var(--badbg);color:var(--bad);border:1px solid var(--bad)}
    .gate-passed{background:var(--goodbg);color:var(--good);border:1px solid var(--good)}
    .counts{display:inline-flex;gap:14px;list-style:none;margin:0;padding:0}
    .corpus{margin:4px 0 0;color:var(--muted);font-size:13px}
    main,.documents{padding:0 20px;max-width:1400px}
    h2{font-size:20px;margin:28px 0 8px;border-bottom:2px solid var(--line)}
    h3{font-size:16px;margin:18px 0 4px}
    .finding{border-left:4px solid var(--line);padding:2px 0 2px 12px;margin:12px 0 24px}
    .finding.conflict{border-left-color:var(--bad)} .finding.changed{border-left-color:#8a5a00}
    .meta{margin:2px 0 8px;color:var(--muted)}
    table{border-collapse:collapse;width:100%;margin:4px 0 8px;font-size:14px}
    caption{text-align:left;color:var(--muted);font-size:13px;padding:2px 0}
    .claims td:nth-child(2){white-space:nowrap}
    th,td{border-bottom:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}
    thead th{background:#f4f5f7;font-weight:600}
    tbody th{font-weight:500}
    td.n{text-align:right;font-variant-numeric:tabular-nums}
    tr.disagrees{background:var(--badbg)}
    .ok{color:var(--good);font-weight:700} .off{color:var(--bad);font-weight:700}
    .more{display:inline} .more summary{cursor:pointer;color:var(--link);display:inline}
    .more p{margin:4px 0;font-size:13px;color:var(--muted)}
    svg.line .axis{stroke:#6b6b6b;stroke-width:1}
    svg.line .bar-ok{fill:var(--good)} svg.line .bar-off{fill:var(--bad)}
    a.quote b{background:var(--mark);font-weight:600}
    .why{font-size:14px;color:var(--muted)}
    .filter{display:flex;flex-wrap:wrap;gap:12px;align-items:center;margin:8px 0}
    .filter fieldset{border:0;margin:0;padding:0;display:flex;gap:12px}
    .filter input[type=search]{font:inherit;padding:4px 8px;min-width:260px;border:1px solid #767676;border-radius:4px}
    .document h3 small{font-weight:400;color:var(--muted)}
    .document .text{white-space:pre-wrap;font-size:14px;max-width:80ch;border-left:2px solid var(--line);padding-left:12px}
    mark{background:var(--mark);color:inherit;padding:0 1px;border-radius:2px}
    mark:target,mark.current{background:#ffd24d;outline:2px solid #8a5a00}
    .viewer{position:fixed;top:0;right:0;bottom:0;width:min(680px,100%);background:#fff;border-left:1px solid var(--line);box-shadow:-4px 0 16px rgba(0,0,0,.15);z-index:20;display:flex;flex-direction:column}
    .viewer[hidden]{display:none}
    .viewer-head{display:flex;justify-content:space-between;align-items:center;padding:8px 16px;border-bottom:1px solid var(--line)}
    .viewer-head h2{margin:0;border:0;font-size:16px}
    .viewer-head button{font:inherit;padding:4px 10px}
    .viewer-body{overflow:auto;padding:12px 16px;white-space:pre-wrap;font-size:14px}
    @media print{.bar{position:static}.viewer,.filter{display:none}}
    """

    /// Opens a claim's document in the panel with every claim highlighted and that one scrolled
    /// into view (focus moves to it; Esc or Close returns focus to the link); filters the facts
    /// table. Without it, the same links jump to the document text on the page.
    static let script = """
    (function(){
    "use strict";
    var viewer=document.getElementById("viewer"),body=document.getElementById("viewer-body"),
        title=document.getElementById("viewer-title"),closeButton=document.getElementById("viewer-close"),opener=null;
    function openClaim(link){
      var id=link.getAttribute("href").slice(1),doc=document.getElementById(link.getAttribute("data-doc"));
      if(!doc){return false;}
      var text=doc.querySelector(".text");
      body.innerHTML=text.innerHTML;
      Array.prototype.forEach.call(body.querySelectorAll("[id]"),function(el){el.setAttribute("data-id",el.id);el.removeAttribute("id");});
      title.textContent=doc.getAttribute("data-title");
      viewer.hidden=false;opener=link;
      var target=body.querySelector('[data-id="'+id+'"]');
      if(target&&target.tagName!=="MARK"){target=target.parentNode;}
      if(target){target.classList.add("current");target.scrollIntoView({block:"center"});target.focus({preventScroll:true});}
      else{body.focus();}
      return true;
    }
    function close(){viewer.hidden=true;if(opener){opener.focus();opener=null;}}
    document.addEventListener("click",function(ev){
      var link=ev.target.closest&&ev.target.closest("a.quote");
      if(link&&!ev.ctrlKey&&!ev.metaKey&&!ev.shiftKey&&openClaim(link)){ev.preventDefault();}
    });
    closeButton.addEventListener("click",close);
    document.addEventListener("keydown",function(ev){
      if(ev.key==="Escape"&&!viewer.hidden){ev.preventDefault();close();}
      if(ev.key==="Tab"&&!viewer.hidden){
        var focusable=[closeButton].concat(Array.prototype.slice.call(body.querySelectorAll("a[href]")));
        if(ev.shiftKey&&document.activeElement===closeButton){ev.preventDefault();body.focus();}
        else if(!ev.shiftKey&&focusable.indexOf(document.activeElement)<0&&document.activeElement!==body){ev.preventDefault();closeButton.focus();}
      }
    });
    // "#open=c-1-2" opens that claim's text on load, through the same click a reader makes: a
    // link to one claim can be shared, and tools/browser-test.sh checks the text view with it.
    var wanted=/^#open=(c-[0-9-]+)$/.exec(location.hash);
    if(wanted){var first=document.querySelector('a.quote[href="#'+wanted[1]+'"]');if(first){first.click();}}
    var form=document.getElementById("filter"),table=document.getElementById("facts");
    if(form&&table){
      form.hidden=false;
      var input=document.getElementById("filter-text"),count=document.getElementById("filter-count");
      var rows=Array.prototype.slice.call(table.tBodies[0].rows);
      function apply(){
        var words=input.value.toLowerCase().split(/\\s+/).filter(Boolean),shown=0;
        var kinds={};Array.prototype.forEach.call(form.querySelectorAll("input[name=verdict]"),function(b){kinds[b.value]=b.checked;});
        rows.forEach(function(r){
          var hay=r.getAttribute("data-words"),ok=kinds[r.getAttribute("data-verdict")]!==false&&words.every(function(w){return hay.indexOf(w)>=0;});
          r.hidden=!ok;if(ok){shown++;}
        });
        count.textContent=shown+" of "+rows.length+" facts shown";
      }
      form.addEventListener("input",apply);form.addEventListener("submit",function(ev){ev.preventDefault();});
      apply();
    }
    })();
    """
}
