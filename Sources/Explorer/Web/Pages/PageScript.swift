/// The pages' plain JavaScript, inline: everything works without it; with it, the freshness line and
/// the recent lists update live, metagraph headers sort in place and dragging across a chart zooms.
enum PageScript {
    /// Runs first: records any script error on `<html data-script-errors>` so a headless browser test
    /// can read it from the DOM.
    static let errors = #"""
        window.onerror=function(m){var e=document.documentElement;e.setAttribute('data-script-errors',(e.getAttribute('data-script-errors')||'')+m+';');};
        """#

    /// Polling, sorting and zoom.
    static let main = #"""
        (function(){
        var h=document.getElementById('height'),shown=h?h.textContent:null,live=document.querySelector('[data-live]');
        function age(ms){var s=Math.max(0,Math.floor((Date.now()-ms)/1000));return s<120?s+' s ago':s<7200?Math.floor(s/60)+' min ago':Math.floor(s/3600)+' h ago';}
        function tick(){fetch('/api/status').then(function(r){return r.json();}).then(function(j){var d=j.data[0];if(!d)return;
        var a=document.getElementById('age');if(a&&d.updated_at){a.dataset.ms=d.updated_at;a.textContent=age(+d.updated_at);}
        var l=document.getElementById('lag');if(l&&d.lag!==null)l.textContent=d.lag;
        if(!h||d.last_indexed_block===null)return;var n=Number(d.last_indexed_block).toLocaleString('en-US');if(n===shown)return;
        shown=n;h.textContent=n;
        if(live){fetch(live.dataset.live).then(function(r){return r.text();}).then(function(t){live.innerHTML=t;});}
        else if(!document.getElementById('newer')){var p=document.createElement('p');p.id='newer';p.className='fresh';
        p.innerHTML='New blocks indexed. <a href="">Refresh</a>';document.getElementById('fresh').after(p);}}).catch(function(){});}
        setInterval(tick,5000);
        document.querySelectorAll('table.sortable th a').forEach(function(a){a.addEventListener('click',function(ev){
        ev.preventDefault();var th=a.parentNode,i=Array.prototype.indexOf.call(th.parentNode.children,th),num=th.dataset.numeric,
        body=th.closest('table').tBodies[0],down=th.dataset.dir!=='desc';th.dataset.dir=down?'desc':'asc';
        var rows=Array.prototype.slice.call(body.rows);rows.sort(function(x,y){var p=x.cells[i].dataset.v,q=y.cells[i].dataset.v;
        var c=num?(Number(p)-Number(q)):(p<q?-1:p>q?1:0);return down?-c:c;});rows.forEach(function(r){body.appendChild(r);});});});
        document.querySelectorAll('svg[data-zoom]').forEach(function(svg){var start=null,sel=null;
        function frac(ev){var r=svg.getBoundingClientRect();return Math.min(1,Math.max(0,(ev.clientX-r.left)/r.width));}
        function block(f){var l=+svg.dataset.left,r=+svg.dataset.right,x0=+svg.dataset.x0,x1=+svg.dataset.x1;
        return Math.round(x0+Math.min(1,Math.max(0,(f-l)/(r-l)))*(x1-x0));}
        svg.addEventListener('pointerdown',function(ev){start=frac(ev);sel=document.createElementNS('http://www.w3.org/2000/svg','rect');
        sel.setAttribute('class','sel');sel.setAttribute('y','28');sel.setAttribute('height','176');svg.appendChild(sel);});
        svg.addEventListener('pointermove',function(ev){if(start===null)return;var f=frac(ev),w=svg.viewBox.baseVal.width;
        sel.setAttribute('x',Math.min(start,f)*w);sel.setAttribute('width',Math.abs(f-start)*w);});
        function end(ev){if(start===null)return;var a=block(start),b=block(frac(ev));start=null;sel.remove();
        if(Math.abs(b-a)<2)return;var u=new URL(location.href);u.searchParams.set('from',Math.min(a,b));u.searchParams.set('to',Math.max(a,b));
        u.searchParams.delete('range');location.href=u.toString();}
        svg.addEventListener('pointerup',end);svg.addEventListener('pointerleave',function(){if(sel)sel.remove();start=null;});});
        document.documentElement.setAttribute('data-script','ready');
        })();
        """#
}
